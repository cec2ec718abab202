package cn.budget.exchange.writing;

import cn.budget.content.TableView;
import cn.budget.content.CellView;
import java.util.ArrayList;
import java.util.List;

import cn.budget.template.ColumnDefinition;
import cn.budget.template.TableDefinition;
import cn.budget.template.ValueType;
import cn.budget.shared.Messages;
import org.springframework.stereotype.Component;

/**
 * Lays out a table's header fields above its column headers, as project performance forms
 * show them: label and value side by side, long texts (资金用途, 绩效目标) across the table, and
 * the spending plan as a row of month labels over a row of percentages.
 */
@Component
class HeaderFieldLayout {

	private static final String PLAN = "plan_";

	private final Messages messages;

	HeaderFieldLayout(Messages messages) {
		this.messages = messages;
	}

	List<List<DocumentView.HeadCell>> rows(TableDefinition definition, TableView table, boolean masked) {
		if (table.header().values().stream().allMatch(CellView::isBlank)) {
			return List.of();
		}
		int width = Math.max(2, definition.columns().size());
		List<List<DocumentView.HeadCell>> rows = new ArrayList<>();
		List<DocumentView.HeadCell> pairs = new ArrayList<>();
		boolean planDone = false;
		for (ColumnDefinition field : definition.header()) {
			if (field.key().startsWith(PLAN)) {
				if (!planDone) {
					flush(rows, pairs, width);
					rows.addAll(plan(definition, table, masked, width));
					planDone = true;
				}
				continue;
			}
			place(rows, pairs, field, table, masked, width);
		}
		flush(rows, pairs, width);
		return rows;
	}

	/**
	 * A long text takes a row of its own; other fields go label beside value, side by
	 * side while the row has room.
	 */
	private void place(List<List<DocumentView.HeadCell>> rows, List<DocumentView.HeadCell> pairs,
			ColumnDefinition field, TableView table, boolean masked, int width) {
		if (field.type() == ValueType.LONG_TEXT) {
			flush(rows, pairs, width);
			rows.add(List.of(label(field, 1), value(field, table, masked, width - 1)));
			return;
		}
		pairs.add(label(field, 1));
		pairs.add(value(field, table, masked, 1));
		if (pairs.size() + 2 > width) {
			flush(rows, pairs, width);
		}
	}

	// 资金支出计划 | 3月底累计 | … over | 25% | …: the labels of the months above their figures.
	private List<List<DocumentView.HeadCell>> plan(TableDefinition definition, TableView table, boolean masked,
			int width) {
		List<ColumnDefinition> plan = definition.header().stream().filter(f -> f.key().startsWith(PLAN)).toList();
		List<DocumentView.HeadCell> labels = new ArrayList<>();
		List<DocumentView.HeadCell> values = new ArrayList<>();
		labels
			.add(new DocumentView.HeadCell(messages.get(DocumentLayout.DOCUMENT, "document.plan"), 1, 2, true, false));
		for (int i = 0; i < plan.size(); i++) {
			int span = i == plan.size() - 1 ? Math.max(1, width - 1 - i) : 1;
			labels.add(label(plan.get(i), span));
			values.add(value(plan.get(i), table, masked, span));
		}
		return List.of(labels, values);
	}

	private static void flush(List<List<DocumentView.HeadCell>> rows, List<DocumentView.HeadCell> pairs, int width) {
		if (pairs.isEmpty()) {
			return;
		}
		int used = pairs.size();
		DocumentView.HeadCell last = pairs.remove(pairs.size() - 1);
		pairs.add(new DocumentView.HeadCell(last.text(), last.colspan() + width - used, 1, false, last.confidential()));
		rows.add(List.copyOf(pairs));
		pairs.clear();
	}

	private static DocumentView.HeadCell label(ColumnDefinition field, int span) {
		String label = field.label().zh();
		int colon = Math.max(label.lastIndexOf('：'), label.lastIndexOf(':'));
		return new DocumentView.HeadCell(label.substring(colon + 1), span, 1, true, false);
	}

	private DocumentView.HeadCell value(ColumnDefinition field, TableView table, boolean masked, int span) {
		CellView cell = table.headerField(field.key());
		String text = (masked ? cell.masked() : cell).display(field);
		return new DocumentView.HeadCell(text, span, 1, false, cell.confidential());
	}

}
