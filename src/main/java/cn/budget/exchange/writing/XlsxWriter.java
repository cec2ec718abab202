package cn.budget.exchange.writing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.Set;

import cn.budget.shared.SpreadsheetText;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes a laid-out disclosure as an Excel workbook: the running text on a first sheet,
 * then a sheet per table (see {@link XlsxTables}) with amounts as numeric cells.
 */
public final class XlsxWriter {

	private static final int TEXT_WIDTH = 120 * 256;

	private static final int MAX_SHEET_NAME = 31;

	private XlsxWriter() {
	}

	public static byte[] write(DocumentView view, String textSheet) {
		try (Workbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			XlsxStyles styles = new XlsxStyles(workbook);
			Set<String> names = new HashSet<>();
			Sheet text = workbook.createSheet(unique(names, textSheet));
			text.setColumnWidth(0, TEXT_WIDTH);
			line(text, view.title(), styles.title());
			for (DocumentView.Part part : view.parts()) {
				line(text, part.heading(), styles.heading());
				for (DocumentView.Element element : part.elements()) {
					if (element.heading() != null) {
						line(text, element.heading(), styles.heading());
					}
					element.paragraphs().forEach(p -> line(text, p, styles.wrapped()));
					if (element.table() != null) {
						Sheet sheet = workbook.createSheet(unique(names, element.table().title()));
						new XlsxTables(sheet, styles).write(element.table());
						line(text, element.table().title() + " → " + sheet.getSheetName(), styles.wrapped());
					}
				}
			}
			workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void line(Sheet sheet, String text, CellStyle style) {
		Row row = sheet.createRow(sheet.getPhysicalNumberOfRows());
		var cell = row.createCell(0);
		cell.setCellValue(SpreadsheetText.safe(text));
		cell.setCellStyle(style);
	}

	// Sheet names are at most 31 characters, without []:*?/\ and unique within the
	// workbook.
	private static String unique(Set<String> names, String wanted) {
		String base = WorkbookUtil.createSafeSheetName(wanted == null || wanted.isBlank() ? "-" : wanted);
		String name = base;
		for (int n = 2; !names.add(name.toLowerCase(java.util.Locale.ROOT)); n++) {
			String suffix = " " + n;
			name = base.substring(0, Math.min(base.length(), MAX_SHEET_NAME - suffix.length())) + suffix;
		}
		return name;
	}

	/**
	 * The few cell styles of a workbook, created once (workbooks hold a limited number).
	 */
	record XlsxStyles(CellStyle title, CellStyle heading, CellStyle wrapped, CellStyle label, CellStyle amount,
			CellStyle number, CellStyle percent) {

		XlsxStyles(Workbook workbook) {
			this(bold(workbook, (short) 14), bold(workbook, (short) 11), wrap(workbook), label(workbook),
					format(workbook, "#,##0.00"), format(workbook, "#,##0.######"), format(workbook, "0.##%"));
		}

		private static CellStyle bold(Workbook workbook, short size) {
			Font font = workbook.createFont();
			font.setBold(true);
			font.setFontHeightInPoints(size);
			CellStyle style = workbook.createCellStyle();
			style.setFont(font);
			return style;
		}

		private static CellStyle wrap(Workbook workbook) {
			CellStyle style = workbook.createCellStyle();
			style.setWrapText(true);
			return style;
		}

		private static CellStyle label(Workbook workbook) {
			CellStyle style = bold(workbook, (short) 10);
			style.setWrapText(true);
			style.setAlignment(org.apache.poi.ss.usermodel.HorizontalAlignment.CENTER);
			return style;
		}

		private static CellStyle format(Workbook workbook, String pattern) {
			CellStyle style = workbook.createCellStyle();
			style.setDataFormat(workbook.createDataFormat().getFormat(pattern));
			return style;
		}

	}

}
