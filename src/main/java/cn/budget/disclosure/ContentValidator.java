package cn.budget.disclosure;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import cn.budget.disclosure.template.ColumnDefinition;
import cn.budget.shared.ContentError;
import cn.budget.disclosure.template.PartDefinition;
import cn.budget.disclosure.template.RowRole;
import cn.budget.disclosure.template.TableDefinition;

/**
 * Checks typed content against the part's definition before anything is stored: every
 * value must parse by its column's type, tables and rows must be of the part, and units
 * must belong to the department. Completeness and arithmetic are the review checks'
 * business, not this one's.
 */
final class ContentValidator {

	private static final int MAX_LEVEL = 3;

	/**
	 * Rows per table and tables per part: far above real disclosures (duty-activity
	 * tables run to hundreds of rows), low enough that a forged form or request cannot
	 * make the server build millions of objects. The drafting page's form binding stops
	 * at the same numbers.
	 */
	static final int MAX_ROWS = 2000;

	static final int MAX_TABLES = 200;

	/**
	 * The columns {@code disclosure.title}, {@code data_table.title} and
	 * {@code confidential_reason}.
	 */
	static final int MAX_TITLE = 500;

	/**
	 * A whole row as the audit trail records an added or removed one
	 * ({@code audit_event.to_value}).
	 */
	static final int MAX_ROW_TEXT = 100_000;

	private ContentValidator() {
	}

	/**
	 * @param content the normalised content of one part
	 * @param part the part's definition
	 * @param documentUnit the document's unit of measure
	 * @param unitCodes the codes of the department's units
	 * @return the problems found, empty when the content may be stored
	 */
	static List<ContentError> validate(PartContent content, PartDefinition part, MeasureUnit documentUnit,
			Set<String> unitCodes) {
		List<ContentError> errors = new ArrayList<>();
		content.getFields().forEach((key, cell) -> {
			ColumnDefinition field = part.field(key).orElse(null);
			if (field == null) {
				errors.add(new ContentError("fields[" + key + "].value", "validation.unknownField", key));
			}
			else {
				check(errors, "fields[" + key + "].value", field, cell, documentUnit);
			}
		});
		if (content.getTables().size() > MAX_TABLES) {
			errors.add(new ContentError("tables", "validation.tooManyTables", MAX_TABLES));
			return errors;
		}
		Set<String> singles = new HashSet<>();
		for (int t = 0; t < content.getTables().size(); t++) {
			TableContent table = content.getTables().get(t);
			if (table == null) {
				continue;
			}
			String path = "tables[" + t + "].";
			TableDefinition definition = table.getKey() == null ? null : part.table(table.getKey()).orElse(null);
			if (definition == null) {
				errors.add(new ContentError(path + "key", "validation.unknownTable", table.getKey()));
				continue;
			}
			if (!definition.repeatable() && !singles.add(definition.key())) {
				errors.add(new ContentError(path + "key", "validation.singleTable", definition.title()));
			}
			validateTable(errors, path, table, definition, documentUnit, unitCodes);
		}
		return errors;
	}

	private static void validateTable(List<ContentError> errors, String path, TableContent table,
			TableDefinition definition, MeasureUnit documentUnit, Set<String> unitCodes) {
		MeasureUnit unit = documentUnit;
		try {
			MeasureUnit declared = MeasureUnit.parse(table.getUnitOfMeasure());
			unit = declared == null ? documentUnit : declared;
		}
		catch (IllegalArgumentException ex) {
			errors.add(new ContentError(path + "unitOfMeasure", "validation.unitOfMeasure", table.getUnitOfMeasure()));
		}
		if (table.getUnitCode() != null && !unitCodes.contains(table.getUnitCode())) {
			errors.add(new ContentError(path + "unitCode", "validation.unitCode", table.getUnitCode()));
		}
		if (table.getTitle() != null && table.getTitle().length() > MAX_TITLE) {
			errors.add(new ContentError(path + "title", "validation.tooLong", MAX_TITLE));
		}
		if (table.getConfidentialReason() != null && table.getConfidentialReason().length() > MAX_TITLE) {
			errors.add(new ContentError(path + "confidentialReason", "validation.tooLong", MAX_TITLE));
		}
		if (table.getRows().size() > MAX_ROWS) {
			errors.add(new ContentError(path + "rows", "validation.tooManyRows", MAX_ROWS));
			return;
		}
		for (Map.Entry<String, CellContent> header : table.getHeader().entrySet()) {
			ColumnDefinition field = definition.headerField(header.getKey()).orElse(null);
			String headerPath = path + "header[" + header.getKey() + "].value";
			if (field == null) {
				errors.add(new ContentError(headerPath, "validation.unknownField", header.getKey()));
			}
			else {
				check(errors, headerPath, field, header.getValue(), unit);
			}
		}
		Set<String> fixedKeys = new HashSet<>();
		for (int r = 0; r < table.getRows().size(); r++) {
			RowContent row = table.getRows().get(r);
			String rowPath = path + "rows[" + r + "].";
			validateRow(errors, rowPath, row, definition, unit, fixedKeys);
		}
	}

	private static void validateRow(List<ContentError> errors, String rowPath, RowContent row,
			TableDefinition definition, MeasureUnit unit, Set<String> fixedKeys) {
		if (row.getKey() != null && (definition.fixedRow(row.getKey()).isEmpty() || !fixedKeys.add(row.getKey()))) {
			errors.add(new ContentError(rowPath + "key", "validation.rowKey", row.getKey()));
		}
		if (row.getKey() == null && !definition.allowExtraRows()) {
			errors.add(new ContentError(rowPath + "key", "validation.noExtraRows", definition.title()));
		}
		if (row.getLevel() < 0 || row.getLevel() > MAX_LEVEL) {
			errors.add(new ContentError(rowPath + "level", "validation.level", MAX_LEVEL));
		}
		try {
			RowRole.parse(row.getRole());
		}
		catch (IllegalArgumentException ex) {
			errors.add(new ContentError(rowPath + "role", "validation.role", row.getRole()));
		}
		// The audit's summary of a row joins its cells with " | ".
		int rowText = row.getCells()
			.values()
			.stream()
			.filter(c -> c != null && c.getValue() != null)
			.mapToInt(c -> c.getValue().length() + 3)
			.sum() - 3;
		if (rowText > MAX_ROW_TEXT) {
			errors.add(new ContentError(rowPath + "cells", "validation.rowTooLong", MAX_ROW_TEXT));
		}
		boolean dataRow = row.getKey() == null && !row.isBlank();
		for (Map.Entry<String, CellContent> cell : row.getCells().entrySet()) {
			String cellPath = rowPath + "cells[" + cell.getKey() + "].value";
			ColumnDefinition column = definition.column(cell.getKey()).orElse(null);
			if (column == null) {
				errors.add(new ContentError(cellPath, "validation.unknownColumn", cell.getKey()));
			}
			else {
				check(errors, cellPath, column, cell.getValue(), unit);
			}
		}
		for (ColumnDefinition column : definition.columns()) {
			if (column.required() && dataRow && row.text(column.key()) == null
					&& !row.cell(column.key()).isConfidential()) {
				errors.add(new ContentError(rowPath + "cells[" + column.key() + "].value", "validation.required",
						column.label()));
			}
		}
	}

	private static void check(List<ContentError> errors, String path, ColumnDefinition column, CellContent cell,
			MeasureUnit unit) {
		ValueParser.Result result = ValueParser.parse(column, cell, unit);
		if (!result.ok()) {
			errors.add(new ContentError(path, result.problem().messageKey(), result.problem().args()));
		}
	}

}
