package cn.budget.exchange.copyforward;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.budget.content.CellView;
import cn.budget.content.PartView;
import cn.budget.content.RowView;
import cn.budget.content.TableView;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * What copy-forward changes in last year's content, read from
 * {@code exchange/carry-forward.json}: per table the columns whose figures move (本年 → 上年)
 * and those cleared, per field the field its figure moves to.
 *
 * @param tables per table key, its moves and clears
 * @param fields per field key, the field its value moves to (the field itself is cleared)
 */
@JsonIgnoreProperties(ignoreUnknown = true)
record CarryForwardRules(Map<String, TableRule> tables, Map<String, String> fields) {

	/** Moves ({@code from → to}) and then clears of a table's columns, in every row. */
	record TableRule(Map<String, String> moves, List<String> clears) {
	}

	static CarryForwardRules load(ObjectMapper json) {
		try (InputStream in = CarryForwardRules.class.getResourceAsStream("/exchange/carry-forward.json")) {
			return json.readValue(in, CarryForwardRules.class);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read exchange/carry-forward.json", ex);
		}
	}

	/** The part with the rules applied. */
	PartView apply(PartView part) {
		Map<String, CellView> fields = new LinkedHashMap<>(part.fields());
		this.fields.forEach((from, to) -> {
			CellView value = fields.remove(from);
			if (value != null) {
				fields.put(to, value);
			}
		});
		List<TableView> moved = part.tables().stream().map(this::apply).toList();
		return part.with(fields, moved);
	}

	private TableView apply(TableView table) {
		TableRule rule = tables.get(table.key());
		if (rule == null) {
			return table;
		}
		List<RowView> rows = table.rows().stream().map(row -> row.withCells(moved(rule, row.cells()))).toList();
		return table.with(table.confidentialReason(), table.header(), rows);
	}

	private static Map<String, CellView> moved(TableRule rule, Map<String, CellView> before) {
		Map<String, CellView> cells = new LinkedHashMap<>(before);
		Map<String, CellView> moved = new java.util.HashMap<>();
		rule.moves().forEach((from, to) -> moved.put(to, cells.get(from)));
		rule.clears().forEach(cells::remove);
		moved.forEach((to, value) -> {
			if (value != null) {
				cells.put(to, value);
			}
			else {
				cells.remove(to);
			}
		});
		return cells;
	}

}
