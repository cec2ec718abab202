package cn.budget.exchange.templates;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.budget.content.MeasureUnit;
import cn.budget.content.ValueParser;
import cn.budget.content.CellView;
import cn.budget.content.RowView;
import cn.budget.template.ColumnDefinition;
import cn.budget.template.FixedRowDefinition;
import cn.budget.template.TableDefinition;
import cn.budget.exchange.reading.UploadRejectedException;
import cn.budget.exchange.recognising.Labels;
import cn.budget.shared.Messages;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * Reads the rows of a filled-in Excel template and checks every value with
 * {@link ValueParser}: valid rows come back ready to store, invalid cells as errors with
 * row, column and reason.
 */
@Component
class SheetRows {

	/**
	 * An invalid value: the row as Excel numbers it, the column's label and the reason.
	 */
	record RowError(int row, String column, String reason) {
	}

	/** The valid rows, the header fields and the errors of a sheet. */
	record Read(List<RowView> rows, Map<String, CellView> header, List<RowError> errors) {
	}

	private final Messages messages;

	SheetRows(Messages messages) {
		this.messages = messages;
	}

	Read read(Workbook workbook, TableDefinition definition, MeasureUnit unit) {
		Sheet sheet = workbook.getSheetAt(0);
		Map<String, Integer> columns = columns(sheet, definition);
		List<RowView> rows = new ArrayList<>();
		List<RowError> errors = new ArrayList<>();
		for (int r = ExcelTemplates.FIRST_DATA_ROW; r <= sheet.getLastRowNum(); r++) {
			Map<String, CellView> cells = new LinkedHashMap<>();
			List<RowError> rowErrors = new ArrayList<>();
			for (ColumnDefinition column : definition.columns()) {
				String text = SheetCells.text(sheet.getRow(r), columns.getOrDefault(column.key(), -1));
				CellView cell = CellView.of(text);
				check(column, cell, unit, r, rowErrors);
				if (text != null) {
					cells.put(column.key(), cell);
				}
			}
			RowView row = new RowView(null, null, 0, null, cells);
			if (row.isBlank()) {
				continue;
			}
			row = fixedRow(definition, row, r, rowErrors);
			required(definition, row, r, rowErrors);
			errors.addAll(rowErrors);
			if (rowErrors.isEmpty()) {
				rows.add(row);
			}
		}
		return new Read(rows, header(workbook, definition, unit, errors), errors);
	}

	private Map<String, CellView> header(Workbook workbook, TableDefinition definition, MeasureUnit unit,
			List<RowError> errors) {
		Map<String, CellView> header = new LinkedHashMap<>();
		if (workbook.getNumberOfSheets() < 2 || definition.header().isEmpty()) {
			return header;
		}
		Sheet sheet = workbook.getSheetAt(1);
		for (int r = 0; r <= sheet.getLastRowNum(); r++) {
			String key = SheetCells.text(sheet.getRow(r), 2);
			ColumnDefinition field = key == null ? null : definition.headerField(key).orElse(null);
			String value = SheetCells.text(sheet.getRow(r), 1);
			if (field != null && value != null && check(field, CellView.of(value), unit, r, errors)) {
				header.put(key, CellView.of(value));
			}
		}
		return header;
	}

	// The hidden row of keys finds the columns; without it, the labels do.
	private static Map<String, Integer> columns(Sheet sheet, TableDefinition definition) {
		Map<String, Integer> columns = new HashMap<>();
		for (int c = 0; sheet.getRow(ExcelTemplates.LABEL_ROW) != null
				&& c < sheet.getRow(ExcelTemplates.LABEL_ROW).getLastCellNum(); c++) {
			String key = SheetCells.text(sheet.getRow(ExcelTemplates.KEY_ROW), c);
			String label = SheetCells.text(sheet.getRow(ExcelTemplates.LABEL_ROW), c);
			for (ColumnDefinition column : definition.columns()) {
				if (column.key().equals(key)
						|| (key == null && Labels.score(label, column.label().zh()) == Labels.EXACT)) {
					columns.putIfAbsent(column.key(), c);
				}
			}
		}
		if (columns.isEmpty()) {
			throw new UploadRejectedException(HttpStatus.UNPROCESSABLE_ENTITY, "excel.missingColumns");
		}
		return columns;
	}

	private boolean check(ColumnDefinition column, CellView cell, MeasureUnit unit, int row, List<RowError> errors) {
		ValueParser.Result result = ValueParser.parse(column, cell, unit);
		if (!result.ok()) {
			errors.add(new RowError(row + 1, column.label().zh(),
					messages.get(result.problem().messageKey(), result.problem().args())));
		}
		return result.ok();
	}

	// The fixed row its label names gives the row its key.
	private RowView fixedRow(TableDefinition definition, RowView row, int r, List<RowError> errors) {
		String label = definition.columns().isEmpty() ? null : row.text(definition.columns().get(0).key());
		FixedRowDefinition fixed = label == null ? null
				: definition.fixedRows()
					.stream()
					.filter(f -> Labels.score(label, f.label().zh()) == Labels.EXACT)
					.findFirst()
					.orElse(null);
		if (fixed != null) {
			return new RowView(null, fixed.key(), row.level(), row.role(), row.cells());
		}
		if (!definition.allowExtraRows()) {
			errors.add(new RowError(r + 1, definition.columns().get(0).label().zh(),
					messages.get("excel.unknownRow", label)));
		}
		return row;
	}

	private void required(TableDefinition definition, RowView row, int r, List<RowError> errors) {
		for (ColumnDefinition column : definition.columns()) {
			if (column.required() && row.key() == null && row.text(column.key()) == null) {
				errors
					.add(new RowError(r + 1, column.label().zh(), messages.get("validation.required", column.label())));
			}
		}
	}

}
