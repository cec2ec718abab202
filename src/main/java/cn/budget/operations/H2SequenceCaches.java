package cn.budget.operations;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;
import org.springframework.stereotype.Component;

/**
 * After every migration, on H2 only: every sequence and identity column hands out 1,000
 * values between two writes of its state instead of 32. H2 writes a sequence's state by
 * storing the whole file (with {@code WRITE_DELAY=0}, as long as a commit), so opening a
 * round of 1,000 departments stored it about a hundred extra times (docs/benchmarks.md).
 * After a crash up to 1,000 numbers are skipped; a clean stop keeps them consecutive.
 * PostgreSQL is left alone: there a cache is per connection and would no longer hand out
 * ids in the order of their creation. A callback rather than a migration, so the tables
 * and sequences later migrations add are covered too (setting the cache again changes
 * nothing).
 */
@Component
class H2SequenceCaches implements Callback {

	static final int CACHE = 1000;

	@Override
	public boolean supports(Event event, Context context) {
		return event == Event.AFTER_MIGRATE;
	}

	@Override
	public boolean canHandleInTransaction(Event event, Context context) {
		return true;
	}

	@Override
	public void handle(Event event, Context context) {
		try (Statement statement = context.getConnection().createStatement()) {
			if (!"H2".equals(context.getConnection().getMetaData().getDatabaseProductName())) {
				return;
			}
			for (String alter : alterations(statement)) {
				statement.execute(alter);
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not set the H2 sequence caches", ex);
		}
	}

	@Override
	public String getCallbackName() {
		return "h2-sequence-caches";
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
