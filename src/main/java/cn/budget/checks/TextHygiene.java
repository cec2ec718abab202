package cn.budget.checks;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import cn.budget.disclosure.CellContent;
import cn.budget.disclosure.PartContent;
import cn.budget.disclosure.template.ColumnDefinition;
import cn.budget.disclosure.template.ValueType;

/**
 * Every text of the document: no template leftovers (XX, 待填写, {单位} …; blocking by
 * default, the document is not finished), and years that refer to the document's year or
 * the one before (years in document numbers and titles such as 人社部规[2017]9号 are names and
 * not checked).
 */
final class TextHygiene implements Check {

	static final RuleSpec LEFTOVER = RuleSpec.blocking("text.leftover");

	static final RuleSpec YEAR = RuleSpec.warning("text.year");

	@Override
	public List<RuleSpec> rules() {
		return List.of(LEFTOVER, YEAR);
	}

	@Override
	public void run(Inspection in) {
		for (PartContent part : in.document().getParts()) {
			for (Map.Entry<String, CellContent> field : part.getFields().entrySet()) {
				ColumnDefinition definition = in.template()
					.part(part.getKey())
					.flatMap(p -> p.field(field.getKey()))
					.orElse(null);
				if (isText(definition)) {
					check(in, field.getValue(), () -> in.field(part.getKey(), field.getKey()));
				}
			}
		}
		in.allSheets().forEach(sheet -> checkTable(in, sheet));
	}

	private static void checkTable(Inspection in, Sheet sheet) {
		for (Map.Entry<String, CellContent> header : sheet.table().getHeader().entrySet()) {
			if (isText(
					sheet.definition() == null ? null : sheet.definition().headerField(header.getKey()).orElse(null))) {
				check(in, header.getValue(), () -> sheet.header(header.getKey()));
			}
		}
		for (Sheet.Line line : sheet.lines()) {
			for (Map.Entry<String, CellContent> cell : line.row().getCells().entrySet()) {
				ColumnDefinition column = sheet.definition() == null ? null
						: sheet.definition().column(cell.getKey()).orElse(null);
				if (isText(column) && cell.getValue() != null && !cell.getValue().isBlank()) {
					check(in, cell.getValue(), () -> sheet.cell(line, cell.getKey()));
				}
			}
		}
	}

	/**
	 * Checks one text; its location is worked out only for a finding, since most texts
	 * have none.
	 */
	private static void check(Inspection in, CellContent cell, Supplier<Location> at) {
		String text = Cells.text(cell);
		if (text == null || Cells.masked(cell)) {
			return;
		}
		TextPatterns patterns = in.knowledge().patterns();
		String leftover = patterns.leftover(text);
		if (leftover != null) {
			in.report(LEFTOVER, at.get(), null, leftover, leftover);
		}
		int year = in.document().getFiscalYear();
		Integer strange = year == 0 ? null : patterns.strangeYear(text, year - 1, year);
		if (strange != null) {
			in.report(YEAR, at.get(), (year - 1) + "–" + year, String.valueOf(strange), String.valueOf(strange),
					String.valueOf(year - 1), String.valueOf(year));
		}
	}

	private static boolean isText(ColumnDefinition definition) {
		return definition == null || definition.type() != ValueType.AMOUNT && definition.type() != ValueType.NUMBER
				&& definition.type() != ValueType.PERCENT && definition.type() != ValueType.DATE;
	}

}
