package cn.budget.exchange.templates;

import java.math.BigDecimal;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;

/**
 * Reads spreadsheet cells as the text a person typed: numbers without binary-floating
 * noise, dates as 2026-03-01, formulas by their cached result.
 */
final class SheetCells {

	private SheetCells() {
	}

	static String text(Row row, int column) {
		Cell cell = row == null || column < 0 ? null : row.getCell(column);
		if (cell == null) {
			return null;
		}
		CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
		String text = switch (type) {
			case NUMERIC ->
				DateUtil.isCellDateFormatted(cell) ? cell.getLocalDateTimeCellValue().toLocalDate().toString()
						: BigDecimal.valueOf(cell.getNumericCellValue()).stripTrailingZeros().toPlainString();
			case STRING -> cell.getStringCellValue();
			case BOOLEAN -> String.valueOf(cell.getBooleanCellValue());
			default -> null;
		};
		return text == null || text.isBlank() ? null : text.strip();
	}

}
