package cn.budget.exchange.placing;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import cn.budget.disclosure.CellContent;
import cn.budget.disclosure.RowContent;
import cn.budget.disclosure.TableContent;
import cn.budget.template.ColumnDefinition;
import cn.budget.template.PartDefinition;
import cn.budget.template.TableDefinition;
import cn.budget.template.TableStyle;
import cn.budget.template.ValueType;
import cn.budget.exchange.reading.Block;
import cn.budget.exchange.reading.Text;
import cn.budget.exchange.recognising.ImportReport;
import cn.budget.exchange.recognising.Labels;
import cn.budget.exchange.recognising.Numbering;
import cn.budget.exchange.recognising.Outline;
import cn.budget.exchange.recognising.Vocabulary;

/**
 * Places a paragraph of running text into the element a part is at: appended to a text
 * field, a new item of a numbered list, an itemised duty goal (title, 绩效目标：…, 绩效指标：…) or
 * a glossary entry ({@code 名词：解释}).
 */
final class TextPlacer {

	private static final String DUTY_GOALS = "duty_goals";

	private static final String GLOSSARY = "glossary";

	private final Vocabulary vocabulary;

	private final Draft draft;

	private final ImportReport report;

	TextPlacer(Vocabulary vocabulary, Draft draft, ImportReport report) {
		this.vocabulary = vocabulary;
		this.draft = draft;
		this.report = report;
	}

	/**
	 * Places one paragraph.
	 * @param target the key of the field or table the part is at
	 * @param fallback the part's text field, for paragraphs a table cannot hold; may be
	 * null
	 */
	void place(PartDefinition part, String target, String fallback, Block.Paragraph paragraph) {
		String text = Text.clean(Text.withoutFieldCode(paragraph.text()));
		Optional<ColumnDefinition> field = part.field(String.valueOf(target));
		if (field.isPresent() && isText(field.get())) {
			draft.append(part.key(), target, text, paragraph.line());
			return;
		}
		// "机关运行经费：657.20万元" states an amount field; the unit is settled when the draft is
		// finished.
		if (field.isPresent() && field.get().type().isDecimal() && !Outline.afterLabel(text).isEmpty()
				&& !draft.fieldsOf(part.key()).containsKey(target)) {
			draft.set(part.key(), target, Outline.afterLabel(text), paragraph.line());
			return;
		}
		Optional<TableDefinition> table = part.table(String.valueOf(target));
		if (table.isPresent() && placeInTable(part, table.get(), text)) {
			return;
		}
		if (fallback != null && !fallback.equals(target)) {
			place(part, fallback, null, paragraph);
			return;
		}
		report.unplaced(paragraph.line(), text, "import.unplaced.noText", part.title());
	}

	private boolean placeInTable(PartDefinition part, TableDefinition definition, String text) {
		TableContent table = draft.singleTable(part, definition);
		if (definition.key().equals(DUTY_GOALS)) {
			placeDutyGoal(table, text);
			return true;
		}
		if (definition.key().equals(GLOSSARY)) {
			return placeGlossaryEntry(table, text);
		}
		if (definition.style() == TableStyle.LIST) {
			String column = definition.columns().get(0).key();
			RowContent last = table.getRows().isEmpty() ? null : table.getRows().get(table.getRows().size() - 1);
			if (last == null || Numbering.of(text).isPresent()) {
				table.addRow().getCells().put(column, CellContent.of(text));
			}
			else {
				last.cell(column).setValue(last.text(column) + "\n" + text);
			}
			return true;
		}
		return false;
	}

	private void placeDutyGoal(TableContent table, String text) {
		Map<String, List<String>> labels = vocabulary.dutyGoalLabels();
		String label = Outline.label(text);
		for (Map.Entry<String, List<String>> entry : labels.entrySet()) {
			if (Numbering.of(text).isEmpty() && Labels.score(label, entry.getValue()) == Labels.EXACT
					&& !table.getRows().isEmpty()) {
				appendCell(lastRow(table), entry.getKey(), Outline.afterLabel(text));
				return;
			}
		}
		if (Numbering.of(text).isEmpty() && !table.getRows().isEmpty()) {
			RowContent last = lastRow(table);
			appendCell(last, last.text("indicators") != null ? "indicators" : "goal", text);
			return;
		}
		RowContent row = table.addRow();
		// The numbering stays as written: it is the document's, and every number is kept.
		String title = text;
		String goalLabel = labels.get("goal").stream().filter(label::endsWith).findFirst().orElse(null);
		String goal = Outline.afterLabel(text);
		if (goalLabel != null && !goal.isEmpty()) {
			title = text.substring(0,
					text.indexOf(goalLabel + text.charAt(text.indexOf(goalLabel) + goalLabel.length())));
			row.cell("goal").setValue(goal);
		}
		row.cell("title").setValue(title.replaceAll("[。．.；;]+$", ""));
	}

	private boolean placeGlossaryEntry(TableContent table, String text) {
		String definition = Outline.afterLabel(text);
		if (definition.isEmpty()) {
			return false;
		}
		RowContent row = table.addRow();
		String term = text.substring(0, text.length() - definition.length()).replaceAll("[:：\\s\\u3000]+$", "");
		row.cell("term").setValue(term);
		row.cell("definition").setValue(definition);
		return true;
	}

	private static RowContent lastRow(TableContent table) {
		return table.getRows().get(table.getRows().size() - 1);
	}

	private static void appendCell(RowContent row, String column, String text) {
		String before = row.text(column);
		row.cell(column).setValue(before == null ? text : before + "\n" + text);
	}

	private static boolean isText(ColumnDefinition field) {
		return field.type() == ValueType.LONG_TEXT || field.type() == ValueType.TEXT;
	}

}
