package cn.budget.disclosure;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import cn.budget.content.MeasureUnit;
import cn.budget.content.ValueParser;
import cn.budget.template.ColumnDefinition;
import cn.budget.shared.ContentError;
import cn.budget.template.PartDefinition;
import cn.budget.template.TableDefinition;

/**
 * Checks typed content against the part's definition before anything is stored: every
 * value must parse by its column's type, tables and rows must be of the part, and units
 * must belong to the department ({@link RowValidator} checks the rows). Completeness and
 * arithmetic are the review checks' business, not this one's.
 */
final class ContentValidator {

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

	private ContentValidator() {
	}

	/**
	 * Refuses content of one part that cannot be stored.
	 * @throws ContentInvalidException naming every invalid value
	 */
	static void require(PartContent content, PartDefinition part, MeasureUnit documentUnit, Set<String> unitCodes) {
		List<ContentError> errors = validate(content, part, documentUnit, unitCodes);
		if (!errors.isEmpty()) {
			throw new ContentInvalidException(errors);
		}
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
		}
		else {
			validateTables(errors, content, part, documentUnit, unitCodes);
		}
		return errors;
	}

	private static void validateTables(List<ContentError> errors, PartContent content, PartDefinition part,
			MeasureUnit documentUnit, Set<String> unitCodes) {
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
	}

	private static void validateTable(List<ContentError> errors, String path, TableContent table,
			TableDefinition definition, MeasureUnit documentUnit, Set<String> unitCodes) {
		MeasureUnit unit = unitOf(errors, path, table, documentUnit);
		checkAttributes(errors, path, table, unitCodes);
		if (table.getRows().size() > MAX_ROWS) {
			errors.add(new ContentError(path + "rows", "validation.tooManyRows", MAX_ROWS));
			return;
		}
		checkHeader(errors, path, table, definition, unit);
		Set<String> fixedKeys = new HashSet<>();
		for (int r = 0; r < table.getRows().size(); r++) {
			RowContent row = table.getRows().get(r);
			String rowPath = path + "rows[" + r + "].";
			RowValidator.validate(errors, rowPath, row, definition, unit, fixedKeys);
		}
	}

	/** The table's own unit, or the document's when it declares none (or a wrong one). */
	private static MeasureUnit unitOf(List<ContentError> errors, String path, TableContent table,
			MeasureUnit documentUnit) {
		try {
			MeasureUnit declared = MeasureUnit.parse(table.getUnitOfMeasure());
			return declared == null ? documentUnit : declared;
		}
		catch (IllegalArgumentException ex) {
			errors.add(new ContentError(path + "unitOfMeasure", "validation.unitOfMeasure", table.getUnitOfMeasure()));
			return documentUnit;
		}
	}

	private static void checkAttributes(List<ContentError> errors, String path, TableContent table,
			Set<String> unitCodes) {
		if (table.getUnitCode() != null && !unitCodes.contains(table.getUnitCode())) {
			errors.add(new ContentError(path + "unitCode", "validation.unitCode", table.getUnitCode()));
		}
		if (table.getTitle() != null && table.getTitle().length() > MAX_TITLE) {
			errors.add(new ContentError(path + "title", "validation.tooLong", MAX_TITLE));
		}
		if (table.getConfidentialReason() != null && table.getConfidentialReason().length() > MAX_TITLE) {
			errors.add(new ContentError(path + "confidentialReason", "validation.tooLong", MAX_TITLE));
		}
	}

	private static void checkHeader(List<ContentError> errors, String path, TableContent table,
			TableDefinition definition, MeasureUnit unit) {
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
	}

	static void check(List<ContentError> errors, String path, ColumnDefinition column, CellContent cell,
			MeasureUnit unit) {
		ValueParser.Result result = CellValue.parse(column, cell, unit);
		if (!result.ok()) {
			errors.add(new ContentError(path, result.problem().messageKey(), result.problem().args()));
		}
	}

}
