package cn.budget.disclosure;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;

import cn.budget.content.CellSource;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.springframework.stereotype.Component;

/**
 * Migration 38: a row's cells move from {@code table_cell}, one database row per cell,
 * into the row's own {@code cells} column in {@link RowCells}' form, and
 * {@code table_cell} is dropped. In Java so that the stored form is written by the same
 * code that reads it, on H2 and PostgreSQL alike. Flyway finds it as a bean (Spring Boot
 * hands Flyway every {@link JavaMigration} bean).
 */
@Component
class RowCellsMigration implements JavaMigration {

	private static final int BATCH = 500;

	@Override
	public MigrationVersion getVersion() {
		return MigrationVersion.fromVersion("38");
	}

	@Override
	public String getDescription() {
		return "row cells";
	}

	@Override
	public Integer getChecksum() {
		return null;
	}

	@Override
	public boolean canExecuteInTransaction() {
		return true;
	}

	@Override
	public void migrate(Context context) throws SQLException {
		Connection connection = context.getConnection();
		try (Statement statement = connection.createStatement()) {
			statement.execute("alter table table_row add column cells varchar(10000000)");
		}
		moveCells(connection);
		try (Statement statement = connection.createStatement()) {
			statement.execute("drop table table_cell");
		}
	}

	// Rows one after the other in the order of their ids, each row's cells together.
	private static void moveCells(Connection connection) throws SQLException {
		try (Statement select = connection.createStatement();
				ResultSet cells = cells(select);
				PreparedStatement update = connection.prepareStatement("update table_row set cells = ? where id = ?")) {
			Map<String, CellValue> row = new LinkedHashMap<>();
			long rowId = -1;
			int pending = 0;
			while (cells.next()) {
				if (cells.getLong(1) != rowId && !row.isEmpty()) {
					pending = add(update, rowId, row, pending);
				}
				rowId = cells.getLong(1);
				row.put(cells.getString(2), value(cells));
			}
			if (!row.isEmpty()) {
				add(update, rowId, row, pending);
			}
			update.executeBatch();
		}
	}

	private static ResultSet cells(Statement select) throws SQLException {
		select.setFetchSize(BATCH);
		return select.executeQuery("select row_id, column_key, text_value, amount, comparator, measure, confidential,"
				+ " origin, source_text, source_line from table_cell order by row_id");
	}

	private static int add(PreparedStatement update, long rowId, Map<String, CellValue> row, int pending)
			throws SQLException {
		update.setString(1, RowCells.encode(row));
		update.setLong(2, rowId);
		update.addBatch();
		row.clear();
		if (pending + 1 < BATCH) {
			return pending + 1;
		}
		update.executeBatch();
		return 0;
	}

	private static CellValue value(ResultSet cell) throws SQLException {
		CellValue value = new CellValue(cell.getString(3), cell.getBigDecimal(4), cell.getString(5), cell.getString(6),
				cell.getBoolean(7));
		String origin = cell.getString(8);
		int line = cell.getInt(10);
		Integer sourceLine = cell.wasNull() ? null : line;
		return value.withSource(
				origin == null ? null : new CellSource(CellSource.Kind.valueOf(origin), cell.getString(9), sourceLine));
	}

}
