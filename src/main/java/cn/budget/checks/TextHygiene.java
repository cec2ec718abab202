package cn.budget.checks;

import cn.budget.content.ContentAddress;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import cn.budget.content.CellView;
import cn.budget.content.PartView;
import cn.budget.template.ColumnDefinition;
import cn.budget.template.ValueType;

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
		for (PartView part : in.document().parts()) {
			for (Map.Entry<String, CellView> field : part.fields().entrySet()) {
				ColumnDefinition definition = in.template()
					.part(part.key())
					.flatMap(p -> p.field(field.getKey()))
					.orElse(null);
				if (isText(definition)) {
					check(in, field.getValue(), () -> ContentAddress.field(part.key(), field.getKey()));
				}
			}
		}
		in.allSheets().forEach(sheet -> checkTable(in, sheet));
	}

	private static void checkTable(Inspection in, Sheet sheet) {
		for (Map.Entry<String, CellView> header : sheet.table().header().entrySet()) {
			if (isText(
					sheet.definition() == null ? null : sheet.definition().headerField(header.getKey()).orElse(null))) {
				check(in, header.getValue(), () -> sheet.header(header.getKey()));
			}
		}
		for (Sheet.Line line : sheet.lines()) {
			for (Map.Entry<String, CellView> cell : line.row().cells().entrySet()) {
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
	private static void check(Inspection in, CellView cell, Supplier<ContentAddress> at) {
		String text = Cells.text(cell);
		if (text == null || Cells.masked(cell)) {
			return;
		}
		TextPatterns patterns = in.knowledge().patterns();
		String leftover = patterns.leftover(text);
		if (leftover != null) {
			in.report(LEFTOVER, at.get(), null, leftover, leftover);
		}
		int year = in.document().fiscalYear();
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
