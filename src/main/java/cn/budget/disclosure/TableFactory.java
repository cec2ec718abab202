package cn.budget.disclosure;

import cn.budget.template.FixedRowDefinition;
import cn.budget.template.TableDefinition;

/**
 * New, empty tables as drafters add them: the definition's title and fixed rows.
 */
public final class TableFactory {

	private TableFactory() {
	}

	/**
	 * @param definition the table's definition
	 * @param unitCode the unit the table is attributed to, may be null
	 * @return a table with the fixed rows of the definition, labels written into the
	 * first column
	 */
	public static TableContent newTable(TableDefinition definition, String unitCode) {
		TableContent table = new TableContent(definition.key());
		table.setTitle(definition.title().zh());
		table.setUnitCode(unitCode);
		String label = definition.columns().isEmpty() ? null : definition.columns().get(0).key();
		for (FixedRowDefinition fixed : definition.fixedRows()) {
			RowContent row = table.addRow();
			row.setKey(fixed.key());
			row.setLevel(fixed.level());
			row.setRole(fixed.role().name());
			if (label != null) {
				row.getCells().put(label, CellContent.of(fixed.label().zh()));
			}
		}
		return table;
	}

}
