package cn.budget.identity.importing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import cn.budget.identity.FundingForm;
import cn.budget.identity.Role;
import cn.budget.identity.UnitNature;
import cn.budget.shared.Messages;
import cn.budget.shared.SpreadsheetText;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.stereotype.Component;

/**
 * The import template: the sheets 单位 and 人员 with their header row and a few example rows
 * (a department, its main unit and a sub-unit, their leader and drafters), which import
 * as they are, and a sheet 说明 explaining the columns and their allowed values in the
 * caller's language. Every cell goes through {@link SpreadsheetText#safe}.
 */
@Component
public class OrganisationTemplate {

	static final String NOTES_SHEET = "说明";

	private static final List<List<String>> UNITS = List.of(List.of("901", "县示例局", "", "行政单位", "财政拨款", "启用"),
			List.of("901001", "县示例局本级", "901", "行政单位", "财政拨款", "启用"),
			List.of("901002", "县示例局服务中心", "901", "事业单位", "差额拨款", "启用"));

	private static final List<List<String>> PEOPLE = List.of(
			List.of("leader-901", "示例局分管领导", "单位领导", "901", "leader-901@county.example", "13800000001", "启用"),
			List.of("drafter-901", "示例局填报员", "填报员", "901001", "drafter-901@county.example", "13800000002", "启用"),
			List.of("drafter-901002", "服务中心填报员", "填报员", "901002", "", "0310-1234567", "启用"));

	private static final int WIDTH = 18 * 256;

	private static final int NOTES_WIDTH = 110 * 256;

	private final Messages messages;

	OrganisationTemplate(Messages messages) {
		this.messages = messages;
	}

	public byte[] write() {
		try (Workbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			CellStyle header = bold(workbook);
			sheet(workbook, ImportSheet.UNITS, UNITS, header);
			sheet(workbook, ImportSheet.PEOPLE, PEOPLE, header);
			notes(workbook.createSheet(NOTES_SHEET), header);
			workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void sheet(Workbook workbook, ImportSheet kind, List<List<String>> examples, CellStyle header) {
		Sheet sheet = workbook.createSheet(kind.label());
		List<String> labels = kind.columns().stream().map(Column::label).toList();
		line(sheet, labels, header);
		examples.forEach(example -> line(sheet, example, null));
		for (int c = 0; c < labels.size(); c++) {
			sheet.setColumnWidth(c, WIDTH);
		}
		sheet.createFreezePane(0, 1);
	}

	private void notes(Sheet sheet, CellStyle header) {
		sheet.setColumnWidth(0, NOTES_WIDTH);
		line(sheet, List.of(messages.get("orgImport.template.heading")), header);
		for (int n = 1; n <= 9; n++) {
			line(sheet, List.of(messages.get("orgImport.template.note" + n)), null);
		}
		line(sheet,
				List.of(messages.get("orgImport.template.roles",
						Arrays.stream(Role.values())
							.map(r -> r.name() + " " + messages.get("role." + r.name()))
							.collect(Collectors.joining(", ")))),
				null);
		line(sheet,
				List.of(messages.get("orgImport.template.natures",
						Arrays.stream(UnitNature.values()).map(UnitNature::label).collect(Collectors.joining(", ")))),
				null);
		line(sheet,
				List.of(messages.get("orgImport.template.fundingForms",
						Arrays.stream(FundingForm.values()).map(FundingForm::label).collect(Collectors.joining(", ")))),
				null);
	}

	private static void line(Sheet sheet, List<String> values, CellStyle style) {
		Row row = sheet.createRow(sheet.getPhysicalNumberOfRows());
		for (int c = 0; c < values.size(); c++) {
			var cell = row.createCell(c);
			cell.setCellValue(SpreadsheetText.safe(values.get(c)));
			if (style != null) {
				cell.setCellStyle(style);
			}
		}
	}

	private static CellStyle bold(Workbook workbook) {
		Font font = workbook.createFont();
		font.setBold(true);
		CellStyle style = workbook.createCellStyle();
		style.setFont(font);
		return style;
	}

}
