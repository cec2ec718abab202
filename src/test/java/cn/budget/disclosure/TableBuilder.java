package cn.budget.disclosure;

/** Builds a table's content for {@link Disclosures}. */
final class TableBuilder {

	/** What it built, for {@link PartBuilder#table}. */
	final TableContent table;

	TableBuilder(String key) {
		this.table = new TableContent(key);
	}

	TableBuilder unit(String unitCode) {
		table.setUnitCode(unitCode);
		return this;
	}

	TableBuilder header(String... keyValues) {
		for (int i = 0; i < keyValues.length; i += 2) {
			table.getHeader().put(keyValues[i], CellContent.of(keyValues[i + 1]));
		}
		return this;
	}

	TableBuilder row(String... keyValues) {
		RowContent row = table.addRow();
		for (int i = 0; i < keyValues.length; i += 2) {
			row.getCells().put(keyValues[i], CellContent.of(keyValues[i + 1]));
		}
		return this;
	}

	TableBuilder fixed(String rowKey, String... keyValues) {
		row(keyValues);
		lastRow().setKey(rowKey);
		return this;
	}

	TableBuilder levelRow(int level, String... keyValues) {
		row(keyValues);
		lastRow().setLevel(level);
		return this;
	}

	TableBuilder roleRow(String role, String... keyValues) {
		row(keyValues);
		lastRow().setRole(role);
		return this;
	}

	RowContent lastRow() {
		return table.getRows().get(table.getRows().size() - 1);
	}

}
