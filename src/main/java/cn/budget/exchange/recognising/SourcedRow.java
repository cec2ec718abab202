package cn.budget.exchange.recognising;

import java.util.HashMap;
import java.util.Map;

import cn.budget.disclosure.RowContent;

/**
 * A row read from a source table, with the lines its cells came from and the indentation
 * of its first cell (activities are indented under their duty).
 */
public record SourcedRow(RowContent row, Map<String, Integer> lines, int indentation, int line) {

	SourcedRow(int line, int indentation) {
		this(new RowContent(), new HashMap<>(), indentation, line);
	}

	public int lineOf(String column) {
		return lines.getOrDefault(column, line);
	}

}
