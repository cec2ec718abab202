package cn.budget.content;

import java.util.List;
import java.util.Map;

/**
 * The rows (and header fields) of one table of a draft, e.g. read from a filled-in Excel
 * template: a repeatable table is added as a new instance, a single table is replaced.
 * Rows and cells are the read views (ids null, parsed parts ignored: the server parses
 * every value itself).
 *
 * @param tableKey the table's key in the template
 * @param unitCode the unit a new repeatable table is attributed to (null: the department,
 * or the sub-unit drafter's own unit)
 * @param header the header fields
 * @param rows the rows
 */
public record TableRows(String tableKey, String unitCode, Map<String, CellView> header, List<RowView> rows) {

	public TableRows {
		header = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(header));
		rows = List.copyOf(rows);
	}

}
