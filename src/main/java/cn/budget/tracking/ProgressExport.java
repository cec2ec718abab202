package cn.budget.tracking;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import cn.budget.shared.Messages;
import cn.budget.shared.SpreadsheetText;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.stereotype.Component;

/**
 * The dashboard's table as CSV (UTF-8 with a byte-order mark for spreadsheet programs)
 * and XLSX, with headings in the user's language.
 */
@Component
class ProgressExport {

	private static final String[] HEADINGS = { "dashboard.col.department", "dashboard.col.stage", "dashboard.col.task",
			"dashboard.col.assignee", "dashboard.col.due", "dashboard.col.daysLeft", "dashboard.col.returns",
			"dashboard.col.errors", "dashboard.col.published", "dashboard.col.late" };

	private final Messages messages;

	ProgressExport(Messages messages) {
		this.messages = messages;
	}

	byte[] csv(RoundProgress.View view, Locale locale) {
		StringBuilder csv = new StringBuilder("\uFEFF");
		for (List<String> line : lines(view, locale)) {
			csv.append(String.join(",", line.stream().map(SpreadsheetText::csvField).toList())).append("\r\n");
		}
		return csv.toString().getBytes(StandardCharsets.UTF_8);
	}

	byte[] xlsx(RoundProgress.View view, Locale locale) {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = workbook.createSheet(messages.get(locale, "dashboard.sheet"));
			CellStyle bold = workbook.createCellStyle();
			Font font = workbook.createFont();
			font.setBold(true);
			bold.setFont(font);
			List<List<String>> lines = lines(view, locale);
			for (int r = 0; r < lines.size(); r++) {
				write(sheet.createRow(r), lines.get(r), r == 0 ? bold : null);
			}
			for (int c = 0; c < HEADINGS.length; c++) {
				sheet.autoSizeColumn(c);
			}
			workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * One line of the sheet; the counts (days left, returns, open errors) as numbers
	 * below the heading.
	 * @param style the heading's style, or null for a department's line
	 */
	private static void write(Row row, List<String> line, CellStyle style) {
		for (int c = 0; c < line.size(); c++) {
			Cell cell = row.createCell(c);
			String value = line.get(c);
			if (style == null && (c == 5 || c == 6 || c == 7) && value.matches("-?\\d+")) {
				cell.setCellValue(Long.parseLong(value));
			}
			else {
				cell.setCellValue(SpreadsheetText.safe(value));
			}
			if (style != null) {
				cell.setCellStyle(style);
			}
		}
	}

	private List<List<String>> lines(RoundProgress.View view, Locale locale) {
		List<List<String>> lines = new ArrayList<>();
		List<String> heading = new ArrayList<>();
		for (String key : HEADINGS) {
			heading.add(messages.get(locale, key));
		}
		lines.add(heading);
		for (DepartmentProgress d : view.departments()) {
			lines.add(List.of(d.departmentCode() + " " + d.departmentName(), messages.get(locale, "stage." + d.stage()),
					d.currentTask() == null ? "" : messages.get(locale, "task." + d.currentTask()),
					d.assignee() == null ? "" : d.assignee(), d.due().toString(),
					d.daysLeft() == null ? "" : d.daysLeft().toString(), String.valueOf(d.returns()),
					String.valueOf(d.openErrors()), d.published() == null ? "" : d.published().toString(),
					d.late() ? messages.get(locale, "portal.late") : ""));
		}
		return lines;
	}

}
