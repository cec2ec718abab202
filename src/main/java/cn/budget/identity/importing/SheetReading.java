package cn.budget.identity.importing;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.http.HttpStatus;

/**
 * What the XLSX and the CSV reader share: the header decides the columns, every later row
 * becomes a {@link SheetTable.Row} (blank ones are left out, their numbers kept), and a
 * sheet with more than {@link #MAX_ROWS} rows of content is refused (the upload limit
 * bounds what is read before).
 */
final class SheetReading {

	/**
	 * More rows than any county or province has people: a file beyond it is a mistake.
	 */
	static final int MAX_ROWS = 20_000;

	private SheetReading() {
	}

	/**
	 * The column of each header cell that names one; a required column missing refuses
	 * the sheet.
	 */
	static Map<Integer, Column> columns(ImportSheet sheet, List<String> header) {
		Map<Integer, Column> columns = new java.util.HashMap<>();
		for (int i = 0; i < header.size(); i++) {
			Optional<Column> column = Column.of(sheet, header.get(i));
			if (column.isPresent() && !columns.containsValue(column.get())) {
				columns.put(i, column.get());
			}
		}
		for (Column column : sheet.columns()) {
			if (column.required() && !columns.containsValue(column)) {
				throw new ImportRefusedException(HttpStatus.BAD_REQUEST, "orgImport.missingColumn", sheet.label(),
						column.label());
			}
		}
		return columns;
	}

	/** A row of cells, or empty when every cell is blank. */
	static Optional<SheetTable.Row> row(int number, List<String> cells, Map<Integer, Column> columns) {
		Map<Column, String> values = new EnumMap<>(Column.class);
		columns.forEach((index, column) -> {
			String text = index < cells.size() ? clean(cells.get(index)) : null;
			if (text != null) {
				values.put(column, text);
			}
		});
		return values.isEmpty() ? Optional.empty() : Optional.of(new SheetTable.Row(number, values));
	}

	static void checkRowCount(ImportSheet sheet, int dataRows) {
		if (dataRows > MAX_ROWS) {
			throw new ImportRefusedException(HttpStatus.PAYLOAD_TOO_LARGE, "orgImport.tooManyRows", sheet.label(),
					MAX_ROWS);
		}
	}

	// A cell copied from a web page often carries no-break or full-width spaces around
	// its text.
	private static String clean(String text) {
		if (text == null) {
			return null;
		}
		String stripped = text.replace('\u00A0', ' ').replace('\u3000', ' ').strip();
		return stripped.isEmpty() ? null : stripped;
	}

}
