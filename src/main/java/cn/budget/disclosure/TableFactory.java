package cn.budget.disclosure;

import cn.budget.content.TableView;
import cn.budget.template.TableDefinition;

/**
 * New, empty tables as drafters add them: the definition's title and fixed rows
 * ({@link TableView#blank}, which other features use), as the writer's working copy.
 */
final class TableFactory {

	private TableFactory() {
	}

	/**
	 * @param definition the table's definition
	 * @param unitCode the unit the table is attributed to, may be null
	 * @return a table with the fixed rows of the definition, labels written into the
	 * first column
	 */
	static TableContent newTable(TableDefinition definition, String unitCode) {
		return ContentInputs.table(TableView.blank(definition, unitCode));
	}

}
