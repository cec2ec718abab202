package cn.budget.disclosure;

import java.util.List;
import java.util.Map;
import java.util.Set;

import cn.budget.content.MeasureUnit;
import cn.budget.template.ColumnDefinition;
import cn.budget.template.RowRole;
import cn.budget.template.TableDefinition;
import cn.budget.shared.ContentError;

/**
 * Checks one row of a table against the table's definition, for {@link ContentValidator}:
 * its key, level and role, its length as the audit trail records it, and its cells.
 */
final class RowValidator {

	private static final int MAX_LEVEL = 3;

	/**
	 * A whole row as the audit trail records an added or removed one
	 * ({@code audit_event.to_value}).
	 */
	static final int MAX_ROW_TEXT = 100_000;

	private RowValidator() {
	}

	/**
	 * @param fixedKeys the fixed rows' keys met so far in the table; this row's is added
	 */
	static void validate(List<ContentError> errors, String rowPath, RowContent row, TableDefinition definition,
			MeasureUnit unit, Set<String> fixedKeys) {
		checkShape(errors, rowPath, row, definition, fixedKeys);
		if (textLength(row) > MAX_ROW_TEXT) {
			errors.add(new ContentError(rowPath + "cells", "validation.rowTooLong", MAX_ROW_TEXT));
		}
		checkCells(errors, rowPath, row, definition, unit);
		checkRequired(errors, rowPath, row, definition);
	}

	private static void checkShape(List<ContentError> errors, String rowPath, RowContent row,
			TableDefinition definition, Set<String> fixedKeys) {
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
	}

	// The audit's summary of a row joins its cells with " | ".
	private static int textLength(RowContent row) {
		return row.getCells()
			.values()
			.stream()
			.filter(c -> c != null && c.getValue() != null)
			.mapToInt(c -> c.getValue().length() + 3)
			.sum() - 3;
	}

	private static void checkCells(List<ContentError> errors, String rowPath, RowContent row,
			TableDefinition definition, MeasureUnit unit) {
		for (Map.Entry<String, CellContent> cell : row.getCells().entrySet()) {
			String cellPath = rowPath + "cells[" + cell.getKey() + "].value";
			ColumnDefinition column = definition.column(cell.getKey()).orElse(null);
			if (column == null) {
				errors.add(new ContentError(cellPath, "validation.unknownColumn", cell.getKey()));
			}
			else {
				ContentValidator.check(errors, cellPath, column, cell.getValue(), unit);
			}
		}
	}

	private static void checkRequired(List<ContentError> errors, String rowPath, RowContent row,
			TableDefinition definition) {
		boolean dataRow = row.getKey() == null && !row.isBlank();
		for (ColumnDefinition column : definition.columns()) {
			if (column.required() && dataRow && row.text(column.key()) == null
					&& !row.cell(column.key()).isConfidential()) {
				errors.add(new ContentError(rowPath + "cells[" + column.key() + "].value", "validation.required",
						column.label()));
			}
		}
	}

}
