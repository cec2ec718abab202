package cn.budget.identity.importing;

import java.util.List;
import java.util.Map;

/**
 * One sheet of an organisation file as read: its kind and its non-blank rows.
 */
record SheetTable(ImportSheet sheet, List<Row> rows) {

	/**
	 * A row as the user sees it: its 1-based number in the spreadsheet and its cells by
	 * column.
	 */
	record Row(int number, Map<Column, String> cells) {

		/** The stripped text of a cell, or null when blank or absent. */
		String get(Column column) {
			return cells.get(column);
		}

	}

}
