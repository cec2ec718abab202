package cn.budget.exchange.writing;

import java.math.BigDecimal;
import java.util.List;

import cn.budget.shared.SpreadsheetText;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * Writes one laid-out table as a sheet (as {@link DocxTables} does into Word): title,
 * unit row, header fields, header rows (merged where they span, amount columns labelled
 * with their unit) and the body, with amounts, numbers and percentages as numeric cells
 * and masked values as text.
 */
final class XlsxTables {

	private static final int COLUMN_WIDTH = 16 * 256;

	private static final int FIRST_COLUMN_WIDTH = 36 * 256;

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	private final Sheet sheet;

	private final XlsxWriter.XlsxStyles styles;

	XlsxTables(Sheet sheet, XlsxWriter.XlsxStyles styles) {
		this.sheet = sheet;
		this.styles = styles;
	}

	void write(DocumentView.Table table) {
		int width = table.width();
		for (int c = 0; c < width; c++) {
			sheet.setColumnWidth(c, c == 0 ? FIRST_COLUMN_WIDTH : COLUMN_WIDTH);
		}
		text(sheet.createRow(0), 0, table.title(), styles.title(), width);
		Row unit = sheet.createRow(1);
		text(unit, 0, table.unitName(), styles.wrapped(), Math.max(1, width - 1));
		if (width > 1) {
			text(unit, width - 1, table.unitLine(), styles.wrapped(), 1);
		}
		spanned(table.fields(), table, false);
		spanned(table.head(), table, true);
		sheet.createFreezePane(0, sheet.getLastRowNum() + 1);
		for (DocumentView.Row body : table.rows()) {
			Row row = sheet.createRow(sheet.getLastRowNum() + 1);
			List<DocumentView.Cell> cells = body.cells();
			for (int c = 0; c < cells.size(); c++) {
				value(row.createCell(c), cells.get(c), table.amounts().get(c));
			}
		}
	}

	private void value(Cell cell, DocumentView.Cell view, boolean amount) {
		if (view.number() == null) {
			cell.setCellValue(SpreadsheetText.safe(view.text()));
			cell.setCellStyle(styles.wrapped());
		}
		else if (view.text().endsWith("%")) {
			cell.setCellValue(view.number().divide(HUNDRED).doubleValue());
			cell.setCellStyle(styles.percent());
		}
		else {
			cell.setCellValue(view.number().doubleValue());
			cell.setCellStyle(amount ? styles.amount() : styles.number());
		}
	}

	// Header cells placed on the grid: spans merged, cells under a row span skipped.
	private void spanned(List<List<DocumentView.HeadCell>> rows, DocumentView.Table table, boolean head) {
		int first = sheet.getLastRowNum() + 1;
		boolean[][] covered = new boolean[rows.size()][table.width()];
		for (int r = 0; r < rows.size(); r++) {
			Row row = sheet.createRow(first + r);
			int column = 0;
			for (DocumentView.HeadCell cell : rows.get(r)) {
				while (column < table.width() && covered[r][column]) {
					column++;
				}
				if (column >= table.width()) {
					break;
				}
				boolean unit = head && cell.colspan() == 1 && table.amounts().get(column);
				String text = unit ? cell.text() + "（" + table.unit() + "）" : cell.text();
				int rowspan = Math.max(1, cell.rowspan());
				text(row, column, text, cell.label() ? styles.label() : styles.wrapped(),
						rowspan > 1 ? 1 : cell.colspan());
				if (rowspan > 1) {
					sheet.addMergedRegion(new CellRangeAddress(first + r, first + r + rowspan - 1, column,
							column + cell.colspan() - 1));
					cover(covered, r + 1, Math.min(rows.size(), r + rowspan), column, column + cell.colspan());
				}
				column += cell.colspan();
			}
		}
	}

	/**
	 * Marks the cells a cell spanning rows covers: rows and columns from (incl.) to
	 * (excl.).
	 */
	private static void cover(boolean[][] covered, int fromRow, int toRow, int fromColumn, int toColumn) {
		for (int below = fromRow; below < toRow; below++) {
			for (int c = fromColumn; c < toColumn; c++) {
				covered[below][c] = true;
			}
		}
	}

	private void text(Row row, int column, String text, org.apache.poi.ss.usermodel.CellStyle style, int span) {
		Cell cell = row.createCell(column);
		cell.setCellValue(text == null ? "" : SpreadsheetText.safe(text));
		cell.setCellStyle(style);
		if (span > 1) {
			sheet.addMergedRegion(new CellRangeAddress(row.getRowNum(), row.getRowNum(), column, column + span - 1));
		}
	}

}
