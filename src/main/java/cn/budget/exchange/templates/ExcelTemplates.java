package cn.budget.exchange.templates;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.budget.template.ColumnDefinition;
import cn.budget.template.FixedRowDefinition;
import cn.budget.template.PartDefinition;
import cn.budget.template.TableDefinition;
import cn.budget.template.TableStyle;
import cn.budget.template.TemplateDefinition;
import cn.budget.exchange.writing.DocumentLayout;
import cn.budget.shared.Messages;
import cn.budget.shared.SpreadsheetText;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.stereotype.Component;

/**
 * Excel templates to fill a table of a disclosure: a sheet with the table's column labels
 * (and a hidden row of column keys, so that the upload finds the columns however the
 * labels are edited), the fixed rows' labels filled in, and a second sheet for header
 * fields.
 */
@Component
public class ExcelTemplates {

	/** Row of the column labels; the hidden keys follow, then the data. */
	static final int LABEL_ROW = 0;

	static final int KEY_ROW = 1;

	static final int FIRST_DATA_ROW = 2;

	private static final int COLUMN_WIDTH = 18 * 256;

	/** A kind of table a template can be downloaded for. */
	record TableType(String template, String key, String title) {
	}

	private final Messages messages;

	ExcelTemplates(Messages messages) {
		this.messages = messages;
	}

	public List<TableType> tableTypes(List<TemplateDefinition> templates) {
		Map<String, TableType> types = new LinkedHashMap<>();
		for (TemplateDefinition template : templates) {
			for (PartDefinition part : template.parts()) {
				part.tables()
					.stream()
					.filter(t -> t.style() == TableStyle.GRID)
					.forEach(t -> types.putIfAbsent(t.key(), new TableType(template.code(), t.key(), t.title().zh())));
			}
		}
		return List.copyOf(types.values());
	}

	public byte[] template(TableDefinition definition) {
		try (Workbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = workbook
				.createSheet(org.apache.poi.ss.util.WorkbookUtil.createSafeSheetName(definition.title().zh()));
			Row labels = sheet.createRow(LABEL_ROW);
			Row keys = sheet.createRow(KEY_ROW);
			keys.setZeroHeight(true);
			for (int c = 0; c < definition.columns().size(); c++) {
				ColumnDefinition column = definition.columns().get(c);
				labels.createCell(c).setCellValue(SpreadsheetText.safe(column.label().zh()));
				keys.createCell(c).setCellValue(SpreadsheetText.safe(column.key()));
				sheet.setColumnWidth(c, COLUMN_WIDTH);
			}
			int r = FIRST_DATA_ROW;
			for (FixedRowDefinition fixed : definition.fixedRows()) {
				sheet.createRow(r++).createCell(0).setCellValue(SpreadsheetText.safe(fixed.label().zh()));
			}
			sheet.createFreezePane(0, FIRST_DATA_ROW);
			if (!definition.header().isEmpty()) {
				headerSheet(workbook, definition);
			}
			workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private void headerSheet(Workbook workbook, TableDefinition definition) {
		Sheet sheet = workbook.createSheet(messages.get(DocumentLayout.DOCUMENT, "excel.headerSheet"));
		sheet.setColumnWidth(0, COLUMN_WIDTH);
		sheet.setColumnWidth(1, COLUMN_WIDTH * 2);
		sheet.setColumnHidden(2, true);
		for (int i = 0; i < definition.header().size(); i++) {
			ColumnDefinition field = definition.header().get(i);
			Row row = sheet.createRow(i);
			row.createCell(0).setCellValue(SpreadsheetText.safe(field.label().zh()));
			row.createCell(2).setCellValue(SpreadsheetText.safe(field.key()));
		}
	}

}
