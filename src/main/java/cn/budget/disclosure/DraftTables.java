package cn.budget.disclosure;

import java.util.ArrayList;
import java.util.Optional;

import cn.budget.content.TableRows;
import cn.budget.template.PartDefinition;
import cn.budget.template.TableDefinition;
import cn.budget.template.TemplateDefinition;
import cn.budget.identity.Actor;

/** Where a table's rows go in a part: a new instance or the single table replaced. */
final class DraftTables {

	private DraftTables() {
	}

	/** The part that holds tables of the given key. */
	static Optional<PartDefinition> partOf(TemplateDefinition template, String tableKey) {
		return template.parts().stream().filter(p -> p.table(tableKey).isPresent()).findFirst();
	}

	/**
	 * A copy of the stored part that holds the table, with the rows put in.
	 * @throws DisclosureNotFoundException for a table the template does not have
	 */
	static PartContent filled(TemplateDefinition template, Disclosure disclosure, TableRows rows, Actor actor) {
		PartDefinition part = partOf(template, rows.tableKey())
			.orElseThrow(() -> new DisclosureNotFoundException(disclosure.getId()));
		PartContent content = ContentMapper.toContent(disclosure.section(part.key()).orElseThrow(), part);
		fill(content, part.table(rows.tableKey()).orElseThrow(), rows, actor);
		return content;
	}

	/**
	 * Puts the rows into the part's content: a repeatable table is added as a new
	 * instance, a single table (fixed rows) is replaced.
	 */
	static void fill(PartContent content, TableDefinition definition, TableRows rows, Actor actor) {
		TableContent table = definition.repeatable() ? new TableContent(definition.key())
				: content.tables(definition.key()).get(0);
		table.setRows(new ArrayList<>(rows.rows().stream().map(ContentInputs::row).toList()));
		table.setHeader(ContentInputs.cells(rows.header()));
		if (definition.repeatable()) {
			table.setTitle(definition.title().zh());
			// A sub-unit's drafter fills the tables of their own unit.
			String unitCode = rows.unitCode();
			table.setUnitCode(unitCode != null || actor.mainUnit() ? unitCode : actor.unitCode());
			content.getTables().add(table);
		}
	}

}
