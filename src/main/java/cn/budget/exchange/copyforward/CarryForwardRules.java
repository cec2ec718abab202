package cn.budget.exchange.copyforward;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

import cn.budget.disclosure.CellContent;
import cn.budget.disclosure.PartContent;
import cn.budget.disclosure.RowContent;
import cn.budget.disclosure.TableContent;
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

	/** Applies the rules to a part, in place. */
	void apply(PartContent part) {
		fields.forEach((from, to) -> {
			CellContent value = part.getFields().remove(from);
			if (value != null) {
				part.getFields().put(to, value);
			}
		});
		for (TableContent table : part.getTables()) {
			TableRule rule = tables.get(table.getKey());
			if (rule == null) {
				continue;
			}
			for (RowContent row : table.getRows()) {
				Map<String, CellContent> cells = row.getCells();
				Map<String, CellContent> moved = new java.util.HashMap<>();
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
			}
		}
	}

}
