package cn.budget.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import cn.budget.content.CellSource;
import cn.budget.support.MigrationDatabases;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Migration 38 on a database of the version before it: every row's cells, with their
 * amounts and provenance, move into the row's {@code cells} column and {@code table_cell}
 * is gone (on H2, and on PostgreSQL in the build's second run).
 */
class RowCellsMigrationIntegrationTests {

	@Test
	void everyRowsCellsMoveIntoTheRow() {
		DataSource database = MigrationDatabases.fresh("cells");
		MigrationDatabases.migrate(database, "37", new RowCellsMigration());
		JdbcTemplate jdbc = new JdbcTemplate(database);
		table(jdbc);
		for (long row = 1; row <= 3; row++) {
			jdbc.update("insert into table_row (id, table_id, ordinal, row_key, level, role) values (?, 1, ?, null, 0,"
					+ " 'DATA')", row, row);
		}
		cell(jdbc, 1, "name", "办公设备", null, null, null, null);
		cell(jdbc, 1, "amount", "1,234.50", new BigDecimal("1234.5"), "TEXT", "采购预算1,234.50万元。", 12);
		cell(jdbc, 3, "amount", "0.000001", new BigDecimal("0.000001"), "TABLE", null, 4);
		cell(jdbc, 3, "note", "旧值", null, null, null, null);

		MigrationDatabases.migrate(database, "38", new RowCellsMigration());
		theCellsAreInTheirRowsAndTheTableIsGone(jdbc);
	}

	private static void theCellsAreInTheirRowsAndTheTableIsGone(JdbcTemplate jdbc) {
		List<String> stored = jdbc.queryForList("select cells from table_row order by id", String.class);
		assertThat(stored.get(1)).isNull();
		Map<String, CellValue> first = RowCells.decode(stored.get(0));
		assertThat(first).containsOnlyKeys("amount", "name");
		assertThat(first.get("amount").getAmount()).isEqualTo(new BigDecimal("1234.500000"));
		assertThat(first.get("amount").getText()).isEqualTo("1,234.50");
		assertThat(first.get("amount").getMeasure()).isEqualTo("万元");
		assertThat(first.get("amount").getSource()).isEqualTo(CellSource.text("采购预算1,234.50万元。", 12));
		assertThat(first.get("name").getSource()).isNull();
		Map<String, CellValue> third = RowCells.decode(stored.get(2));
		assertThat(third.get("amount").getAmount()).isEqualTo(new BigDecimal("0.000001"));
		assertThat(third.get("amount").getSource()).isEqualTo(CellSource.table(4));
		assertThat(third.get("note").getText()).isEqualTo("旧值");
		assertThat(jdbc.queryForObject(
				"select count(*) from information_schema.tables" + " where lower(table_name) = 'table_cell'",
				Integer.class))
			.isZero();
	}

	private static void table(JdbcTemplate jdbc) {
		MigrationDatabases.aDisclosure(jdbc);
		jdbc.update("insert into section (id, disclosure_id, part_key, ordinal) values (1, 1, 'procurement', 0)");
		jdbc.update(
				"insert into data_table (id, section_id, table_key, ordinal) values (1, 1, 'procurement_items', 0)");
	}

	private static void cell(JdbcTemplate jdbc, long row, String column, String text, BigDecimal amount, String origin,
			String sentence, Integer line) {
		jdbc.update(
				"insert into table_cell (row_id, column_key, text_value, amount, measure, confidential, origin,"
						+ " source_text, source_line) values (?, ?, ?, ?, ?, false, ?, ?, ?)",
				row, column, text, amount, amount == null ? null : "万元", origin, sentence, line);
	}

}
