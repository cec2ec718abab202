package cn.budget.identity.importing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.http.HttpStatus;

/**
 * Reads the sheets of an XLSX: each sheet named 单位 or 人员 (or, failing that, recognised by
 * its header) becomes a table; others, such as the template's 说明, are ignored. Formulas
 * are never evaluated: a formula cell gives the value Excel last showed.
 */
final class XlsxSheets {

	private XlsxSheets() {
	}

	static List<SheetTable> read(byte[] content) {
		try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(content))) {
			List<SheetTable> tables = new ArrayList<>();
			for (Sheet sheet : workbook) {
				table(sheet).ifPresent(tables::add);
			}
			return tables;
		}
		catch (IOException | RuntimeException ex) {
			if (ex instanceof ImportRefusedException refused) {
				throw refused;
			}
			throw new ImportRefusedException(HttpStatus.BAD_REQUEST, "orgImport.corrupt");
		}
	}

	private static Optional<SheetTable> table(Sheet sheet) {
		int first = sheet.getFirstRowNum();
		if (first < 0) {
			return Optional.empty();
		}
		List<String> header = cells(sheet.getRow(first));
		Optional<ImportSheet> kind = ImportSheet.named(sheet.getSheetName()).or(() -> ImportSheet.byHeader(header));
		if (kind.isEmpty()) {
			return Optional.empty();
		}
		Map<Integer, Column> columns = SheetReading.columns(kind.get(), header);
		List<SheetTable.Row> rows = new ArrayList<>();
		// Counted by the rows with content: a sheet formatted down to row 1,048,576 is
		// not too long.
		for (int r = first + 1; r <= sheet.getLastRowNum(); r++) {
			SheetReading.row(r + 1, cells(sheet.getRow(r)), columns).ifPresent(rows::add);
			SheetReading.checkRowCount(kind.get(), rows.size());
		}
		return Optional.of(new SheetTable(kind.get(), rows));
	}

	private static List<String> cells(Row row) {
		List<String> cells = new ArrayList<>();
		for (int c = 0; row != null && c < row.getLastCellNum(); c++) {
			cells.add(text(row.getCell(c)));
		}
		return cells;
	}

	// Codes and phone numbers are often typed as numbers: 312001, not 312001.0 or
	// 3.12001E5.
	private static String text(Cell cell) {
		if (cell == null) {
			return null;
		}
		CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
		return switch (type) {
			case STRING -> cell.getStringCellValue();
			case NUMERIC -> org.apache.poi.ss.usermodel.DateUtil.isCellDateFormatted(cell)
					? new DataFormatter().formatCellValue(cell)
					: BigDecimal.valueOf(cell.getNumericCellValue()).stripTrailingZeros().toPlainString();
			case BOOLEAN -> String.valueOf(cell.getBooleanCellValue());
			default -> null;
		};
	}

}
