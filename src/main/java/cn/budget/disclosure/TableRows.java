package cn.budget.disclosure;

import java.util.List;
import java.util.Map;

/**
 * The rows (and header fields) of one table of a draft, e.g. read from a filled-in Excel
 * template: a repeatable table is added as a new instance, a single table is replaced.
 *
 * @param tableKey the table's key in the template
 * @param unitCode the unit a new repeatable table is attributed to (null: the department,
 * or the sub-unit drafter's own unit)
 * @param header the header fields
 * @param rows the rows
 */
public record TableRows(String tableKey, String unitCode, Map<String, CellContent> header, List<RowContent> rows) {
}
