package cn.budget.publication;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import cn.budget.disclosure.CellContent;
import cn.budget.disclosure.CellFormat;
import cn.budget.disclosure.DisclosureDocument;
import cn.budget.disclosure.MeasureUnit;
import cn.budget.disclosure.PartContent;
import cn.budget.disclosure.RowContent;
import cn.budget.disclosure.TableContent;
import cn.budget.disclosure.template.ColumnDefinition;
import cn.budget.disclosure.template.PartDefinition;
import cn.budget.disclosure.template.TableDefinition;
import cn.budget.disclosure.template.TemplateDefinition;
import cn.budget.disclosure.template.ValueType;

/**
 * Every amount of a (masked) published document as one row: where it stands, its
 * classification code where the table has one, the amount in its unit and in yuan.
 */
final class FiscalDataRows {

	/** The budget as approved by the finance bureau. */
	static final String PHASE = "approved";

	private FiscalDataRows() {
	}

	static List<AmountRow> of(DisclosureDocument doc, TemplateDefinition template) {
		List<AmountRow> rows = new ArrayList<>();
		MeasureUnit documentUnit = MeasureUnit.parse(doc.getUnitOfMeasure());
		for (PartDefinition part : template.parts()) {
			PartContent content = doc.part(part.key()).orElse(null);
			if (content == null) {
				continue;
			}
			for (ColumnDefinition field : part.fields()) {
				add(rows, doc, part.key(), null, null, null, documentUnit, field, content.getFields().get(field.key()),
						null);
			}
			for (TableContent table : content.getTables()) {
				TableDefinition definition = part.table(table.getKey()).orElse(null);
				if (definition != null) {
					table(rows, doc, part.key(), table, definition, documentUnit);
				}
			}
		}
		return rows;
	}

	private static void table(List<AmountRow> rows, DisclosureDocument doc, String part, TableContent table,
			TableDefinition definition, MeasureUnit documentUnit) {
		MeasureUnit unit = table.getUnitOfMeasure() == null ? documentUnit
				: MeasureUnit.parse(table.getUnitOfMeasure());
		String projectCode = text(table.getHeader().get("project_code"));
		for (ColumnDefinition header : definition.header()) {
			add(rows, doc, part, table, null, null, unit, header, table.getHeader().get(header.key()), projectCode);
		}
		for (int r = 0; r < table.getRows().size(); r++) {
			RowContent row = table.getRows().get(r);
			String code = classification(row, projectCode);
			for (ColumnDefinition column : definition.columns()) {
				add(rows, doc, part, table, r, label(definition, row), unit, column, row.getCells().get(column.key()),
						code);
			}
		}
	}

	private static void add(List<AmountRow> rows, DisclosureDocument doc, String part, TableContent table, Integer row,
			String rowLabel, MeasureUnit unit, ColumnDefinition column, CellContent cell, String classification) {
		if (column.type() != ValueType.AMOUNT || cell == null || cell.isBlank()) {
			return;
		}
		boolean masked = cell.isConfidential() || CellFormat.MASK.equals(cell.trimmed());
		BigDecimal amount = masked ? null : cell.getAmount();
		if (!masked && amount == null) {
			return;
		}
		rows.add(new AmountRow(doc.getId(), doc.getDepartmentCode(), doc.getDepartmentName(), doc.getFiscalYear(),
				PHASE, part, table == null ? null : table.getKey(), table == null ? null : table.getTitle(),
				table == null ? null : table.getUnitCode(), row, rowLabel, column.key(), column.label().zh(),
				classification, amount == null ? null : amount.stripTrailingZeros().toPlainString(), unit.label(),
				amount == null ? null : unit.convert(amount, MeasureUnit.YUAN).toPlainString(), masked));
	}

	// Functional and economic codes of the standard tables, catalogue codes of
	// procurement items,
	// else the project's code.
	private static String classification(RowContent row, String projectCode) {
		String code = row.text("code");
		if (code == null) {
			code = row.text("catalogue_code");
		}
		return code == null ? projectCode : code;
	}

	private static String label(TableDefinition definition, RowContent row) {
		return definition.columns().isEmpty() ? null : row.text(definition.columns().get(0).key());
	}

	private static String text(CellContent cell) {
		return cell == null || cell.isConfidential() ? null : cell.trimmed();
	}

}
