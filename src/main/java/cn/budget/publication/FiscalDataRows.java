package cn.budget.publication;

import cn.budget.content.TableView;
import cn.budget.content.RowView;
import cn.budget.content.PartView;
import cn.budget.content.DisclosureContent;
import cn.budget.content.CellView;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import cn.budget.content.MeasureUnit;
import cn.budget.template.ColumnDefinition;
import cn.budget.template.PartDefinition;
import cn.budget.template.TableDefinition;
import cn.budget.template.TemplateDefinition;
import cn.budget.template.ValueType;

/**
 * Every amount of a (masked) published document as one row: where it stands, its
 * classification code where the table has one, the amount in its unit and in yuan.
 */
final class FiscalDataRows {

	/** The budget as approved by the finance bureau. */
	static final String PHASE = "approved";

	private FiscalDataRows() {
	}

	static List<AmountRow> of(DisclosureContent doc, TemplateDefinition template) {
		List<AmountRow> rows = new ArrayList<>();
		for (PartDefinition part : template.parts()) {
			PartView content = doc.part(part.key()).orElse(null);
			if (content == null) {
				continue;
			}
			for (ColumnDefinition field : part.fields()) {
				add(rows, doc, part.key(), null, null, null, doc.unit(), field, content.field(field.key()), null);
			}
			for (TableView table : content.tables()) {
				TableDefinition definition = part.table(table.key()).orElse(null);
				if (definition != null) {
					table(rows, doc, part.key(), table, definition);
				}
			}
		}
		return rows;
	}

	private static void table(List<AmountRow> rows, DisclosureContent doc, String part, TableView table,
			TableDefinition definition) {
		MeasureUnit unit = table.unit();
		String projectCode = text(table.headerField("project_code"));
		for (ColumnDefinition header : definition.header()) {
			add(rows, doc, part, table, null, null, unit, header, table.headerField(header.key()), projectCode);
		}
		for (int r = 0; r < table.rows().size(); r++) {
			RowView row = table.rows().get(r);
			String code = classification(row, projectCode);
			for (ColumnDefinition column : definition.columns()) {
				add(rows, doc, part, table, r, label(definition, row), unit, column, row.cell(column.key()), code);
			}
		}
	}

	private static void add(List<AmountRow> rows, DisclosureContent doc, String part, TableView table, Integer row,
			String rowLabel, MeasureUnit unit, ColumnDefinition column, CellView cell, String classification) {
		if (column.type() != ValueType.AMOUNT || cell.isBlank()) {
			return;
		}
		boolean masked = cell.confidential() || CellView.MASK.equals(cell.text());
		BigDecimal amount = masked ? null : cell.amount();
		if (!masked && amount == null) {
			return;
		}
		rows.add(new AmountRow(doc.id(), doc.departmentCode(), doc.departmentName(), doc.fiscalYear(), PHASE, part,
				table == null ? null : table.key(), table == null ? null : table.title(),
				table == null ? null : table.unitCode(), row, rowLabel, column.key(), column.label().zh(),
				classification, amount == null ? null : amount.stripTrailingZeros().toPlainString(), unit.label(),
				amount == null ? null : unit.convert(amount, MeasureUnit.YUAN).toPlainString(), masked));
	}

	// Functional and economic codes of the standard tables, catalogue codes of
	// procurement items,
	// else the project's code.
	private static String classification(RowView row, String projectCode) {
		String code = row.text("code");
		if (code == null) {
			code = row.text("catalogue_code");
		}
		return code == null ? projectCode : code;
	}

	private static String label(TableDefinition definition, RowView row) {
		return definition.columns().isEmpty() ? null : row.text(definition.columns().get(0).key());
	}

	private static String text(CellView cell) {
		return cell.confidential() ? null : cell.text();
	}

}
