package cn.budget.operations;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.springframework.stereotype.Component;

/**
 * Migration 34, on H2 only: every sequence and identity column hands out 1,000 values
 * between two writes of its state instead of 32. H2 writes a sequence's state by storing
 * the whole file (with {@code WRITE_DELAY=0}, as long as a commit), so opening a round of
 * 1,000 departments stored it about a hundred extra times (docs/benchmarks.md). After a
 * crash up to 1,000 numbers are skipped; a clean stop keeps them consecutive. PostgreSQL
 * is left alone: there a cache is per connection and would no longer hand out ids in the
 * order of their creation.
 */
@Component
class H2SequenceCaches implements JavaMigration {

	static final int CACHE = 1000;

	@Override
	public MigrationVersion getVersion() {
		return MigrationVersion.fromVersion("34");
	}

	@Override
	public String getDescription() {
		return "h2 sequence caches";
	}

	@Override
	public Integer getChecksum() {
		return CACHE;
	}

	@Override
	public boolean canExecuteInTransaction() {
		return true;
	}

	@Override
	public void migrate(Context context) throws SQLException {
		Connection connection = context.getConnection();
		if (!"H2".equals(connection.getMetaData().getDatabaseProductName())) {
			return;
		}
		try (Statement statement = connection.createStatement()) {
			for (String alter : alterations(statement)) {
				statement.execute(alter);
			}
		}
	}

	private static List<String> alterations(Statement statement) throws SQLException {
		List<String> alterations = new ArrayList<>();
		try (ResultSet sequences = statement.executeQuery("select sequence_schema, sequence_name "
				+ "from information_schema.sequences where sequence_schema = schema()")) {
			while (sequences.next()) {
				alterations.add("alter sequence " + name(sequences, 1) + "." + name(sequences, 2) + " cache " + CACHE);
			}
		}
		try (ResultSet columns = statement.executeQuery("select table_schema, table_name, column_name "
				+ "from information_schema.columns where is_identity = 'YES' and table_schema = schema()")) {
			while (columns.next()) {
				alterations.add("alter table " + name(columns, 1) + "." + name(columns, 2) + " alter column "
						+ name(columns, 3) + " set cache " + CACHE);
			}
		}
		return alterations;
	}

	private static String name(ResultSet row, int column) throws SQLException {
		return '"' + row.getString(column).replace("\"", "\"\"") + '"';
	}

}
