package cn.budget.exchange.placing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import cn.budget.content.CellView;
import cn.budget.content.RowView;
import cn.budget.content.TableView;
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
import cn.budget.exchange.recognising.SourcedRow;
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

	// The table is created on first use even when the paragraph finds no place in it.
	private boolean placeInTable(PartDefinition part, TableDefinition definition, String text) {
		draft.singleTable(part, definition);
		if (definition.key().equals(DUTY_GOALS)) {
			draft.changeSingle(part, definition, t -> placeDutyGoal(t, text));
			return true;
		}
		if (definition.key().equals(GLOSSARY)) {
			String explained = Outline.afterLabel(text);
			if (explained.isEmpty()) {
				return false;
			}
			String term = text.substring(0, text.length() - explained.length()).replaceAll("[:：\\s\\u3000]+$", "");
			draft.changeSingle(part, definition, t -> withRow(t, cells("term", term, "definition", explained)));
			return true;
		}
		if (definition.style() == TableStyle.LIST) {
			draft.changeSingle(part, definition, t -> listItem(t, definition.columns().get(0).key(), text));
			return true;
		}
		return false;
	}

	// A numbered paragraph (or the first) starts an item; any other continues the last.
	private static TableView listItem(TableView table, String column, String text) {
		if (table.rows().isEmpty() || Numbering.of(text).isPresent()) {
			return withRow(table, cells(column, text));
		}
		RowView last = lastRow(table);
		return withLast(table, written(last, column, last.text(column) + "\n" + text));
	}

	private TableView placeDutyGoal(TableView table, String text) {
		Map<String, List<String>> labels = vocabulary.dutyGoalLabels();
		String label = Outline.label(text);
		for (Map.Entry<String, List<String>> entry : labels.entrySet()) {
			if (Numbering.of(text).isEmpty() && Labels.score(label, entry.getValue()) == Labels.EXACT
					&& !table.rows().isEmpty()) {
				return withLast(table, appended(lastRow(table), entry.getKey(), Outline.afterLabel(text)));
			}
		}
		if (Numbering.of(text).isEmpty() && !table.rows().isEmpty()) {
			RowView last = lastRow(table);
			return withLast(table, appended(last, last.text("indicators") != null ? "indicators" : "goal", text));
		}
		// The numbering stays as written: it is the document's, and every number is kept.
		String title = text;
		String goalLabel = labels.get("goal").stream().filter(label::endsWith).findFirst().orElse(null);
		String goal = Outline.afterLabel(text);
		Map<String, CellView> cells = new LinkedHashMap<>();
		if (goalLabel != null && !goal.isEmpty()) {
			title = text.substring(0,
					text.indexOf(goalLabel + text.charAt(text.indexOf(goalLabel) + goalLabel.length())));
			cells.put("goal", CellView.of(goal));
		}
		cells.put("title", CellView.of(title.replaceAll("[。．.；;]+$", "")));
		return withRow(table, cells);
	}

	private static Map<String, CellView> cells(String... columnsAndValues) {
		Map<String, CellView> cells = new LinkedHashMap<>();
		for (int i = 0; i < columnsAndValues.length; i += 2) {
			cells.put(columnsAndValues[i], CellView.of(columnsAndValues[i + 1]));
		}
		return cells;
	}

	private static RowView lastRow(TableView table) {
		return table.rows().get(table.rows().size() - 1);
	}

	private static TableView withRow(TableView table, Map<String, CellView> cells) {
		List<RowView> rows = new ArrayList<>(table.rows());
		rows.add(new RowView(null, null, 0, null, cells));
		return table.with(table.confidentialReason(), table.header(), rows);
	}

	private static TableView withLast(TableView table, RowView last) {
		List<RowView> rows = new ArrayList<>(table.rows());
		rows.set(rows.size() - 1, last);
		return table.with(table.confidentialReason(), table.header(), rows);
	}

	private static RowView appended(RowView row, String column, String text) {
		String before = row.text(column);
		return written(row, column, before == null ? text : before + "\n" + text);
	}

	// The cell keeps its confidential flag and provenance, as an edit in place would.
	private static RowView written(RowView row, String column, String value) {
		Map<String, CellView> cells = new LinkedHashMap<>(row.cells());
		cells.put(column, SourcedRow.rewritten(row.cell(column), value));
		return row.withCells(cells);
	}

	private static boolean isText(ColumnDefinition field) {
		return field.type() == ValueType.LONG_TEXT || field.type() == ValueType.TEXT;
	}

}
