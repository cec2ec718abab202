package cn.budget.exchange.writing;

import cn.budget.content.CellView;
import cn.budget.content.TableView;
import cn.budget.content.RowView;
import cn.budget.content.PartView;
import java.util.ArrayList;
import java.util.List;

import cn.budget.template.TableDefinition;
import cn.budget.template.TableStyle;
import cn.budget.exchange.recognising.Numbering;
import cn.budget.shared.Messages;
import org.springframework.stereotype.Component;

/**
 * Lays out the tables that read as text: numbered lists (duties, safeguards), itemised
 * duty goals (title, 绩效目标：…, 绩效指标：…) and glossary entries (名词：解释). Items keep the
 * numbering they were written with; items without one are numbered, so that each reads
 * (and imports) as an item.
 */
@Component
class ListLayout {

	private static final String DUTY_GOALS = "duty_goals";

	private static final String GLOSSARY = "glossary";

	private final Messages messages;

	ListLayout(Messages messages) {
		this.messages = messages;
	}

	boolean isList(TableDefinition definition) {
		return definition.style() == TableStyle.LIST || definition.key().equals(DUTY_GOALS)
				|| definition.key().equals(GLOSSARY);
	}

	List<String> items(TableDefinition definition, PartView content, boolean masked) {
		List<String> lines = new ArrayList<>();
		int n = 0;
		for (TableView table : content.tables(definition.key())) {
			for (RowView row : table.rows()) {
				if (row.isBlank()) {
					continue;
				}
				n++;
				switch (definition.key()) {
					case DUTY_GOALS -> dutyGoal(lines, row, n, masked);
					case GLOSSARY -> lines.add(messages.get(DocumentLayout.DOCUMENT, "document.entry",
							numbered(text(row, "term", masked), "document.item", n), text(row, "definition", masked)));
					default -> lines.addAll(
							List.of(numbered(text(row, definition.columns().get(0).key(), masked), "document.item", n)
								.split("\n")));
				}
			}
		}
		return lines;
	}

	private void dutyGoal(List<String> lines, RowView row, int n, boolean masked) {
		lines.add(numbered(text(row, "title", masked), "document.subItem", n));
		if (row.text("goal") != null || row.cell("goal").confidential()) {
			lines.add(messages.get(DocumentLayout.DOCUMENT, "document.goal", text(row, "goal", masked)));
		}
		if (row.text("indicators") != null || row.cell("indicators").confidential()) {
			lines.add(messages.get(DocumentLayout.DOCUMENT, "document.indicators", text(row, "indicators", masked)));
		}
	}

	private String numbered(String text, String key, int n) {
		return Numbering.of(text).isPresent() ? text : messages.get(DocumentLayout.DOCUMENT, key, n, text);
	}

	private static String text(RowView row, String column, boolean masked) {
		if (row.cell(column).confidential() && (masked || row.text(column) == null)) {
			return CellView.MASK;
		}
		return row.text(column) == null ? "" : row.text(column);
	}

}
