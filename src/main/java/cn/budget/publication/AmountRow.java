package cn.budget.publication;

/**
 * One amount of a published disclosure, as the Fiscal Data Package lists it. A masked
 * amount has no value and {@code masked} set.
 */
record AmountRow(Long disclosureId, String departmentCode, String department, int fiscalYear, String phase, String part,
		String table, String tableTitle, String unitCode, Integer row, String rowLabel, String column,
		String columnLabel, String classification, String amount, String unit, String amountYuan, boolean masked) {

	static final String[] HEADER = { "disclosure_id", "department_code", "department", "fiscal_year", "phase", "part",
			"table", "table_title", "unit_code", "row", "row_label", "column", "column_label", "classification",
			"amount", "unit", "amount_yuan", "masked" };

	Object[] values() {
		return new Object[] { disclosureId, departmentCode, department, fiscalYear, phase, part, table, tableTitle,
				unitCode, row, rowLabel, column, columnLabel, classification, amount, unit, amountYuan, masked };
	}

}
