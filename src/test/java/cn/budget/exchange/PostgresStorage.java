package cn.budget.exchange;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What {@link DisclosureStorageBenchmark} reads of a PostgreSQL database: the tables'
 * sizes, where the bytes of the biggest ones go, and the published files to look into.
 */
final class PostgresStorage {

	private PostgresStorage() {
	}

	// Every table of the schema with its indexes and TOAST, after VACUUM FULL (live rows
	// only).
	static Map<String, Long> sizes(ConfigurableApplicationContext app) {
		JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
		jdbc.execute("vacuum full analyze");
		Map<String, Long> sizes = new TreeMap<>();
		jdbc.query(
				"select c.relname, pg_total_relation_size(c.oid) from pg_class c join pg_namespace n on n.oid = c.relnamespace "
						+ "where n.nspname = current_schema() and c.relkind = 'r'",
				row -> {
					sizes.put(row.getString(1), row.getLong(2));
				});
		return sizes;
	}

	// Where the bytes of the biggest tables go: each file format and version kind, raw
	// and as stored (pg_column_size: after TOAST's compression).
	static void columns(ConfigurableApplicationContext app, int count) {
		JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
		String[] queries = {
				"select 'file ' || extension, sum(octet_length(content)), sum(pg_column_size(content)) "
						+ "from published_file group by extension",
				"select 'version ' || kind, sum(octet_length(content)), sum(pg_column_size(content)) "
						+ "from disclosure_version group by kind",
				"select 'version bodies', sum(coalesce(octet_length(packed), octet_length(body))), "
						+ "sum(coalesce(pg_column_size(packed), pg_column_size(body))) from version_body",
				"select 'bytearray ' || coalesce(type_, 0), sum(octet_length(bytes_)), sum(pg_column_size(bytes_)) "
						+ "from act_ge_bytearray group by type_" };
		for (String query : queries) {
			jdbc.query(query, row -> {
				System.out.printf("    %-26s %8.1f KB raw, %8.1f KB stored%n", row.getString(1),
						row.getLong(2) / 1024.0 / count, row.getLong(3) / 1024.0 / count);
			});
		}
		cells(jdbc, count);
	}

	// The working copy's rows: how many, what their cells take (raw and as stored) and
	// what the rows and their indexes cost besides (tuple headers, line pointers, index
	// entries).
	private static void cells(JdbcTemplate jdbc, int count) {
		jdbc.query("select count(*), sum(octet_length(cells)), sum(pg_column_size(cells)), count(cells), "
				+ "pg_table_size('table_row'), pg_indexes_size('table_row') from table_row", row -> {
					System.out.printf(
							"    table_row: %.0f rows (%.0f with cells), cells %.1f KB raw, %.1f KB stored,"
									+ " table %.1f KB, indexes %.1f KB%n",
							row.getLong(1) / (double) count, row.getLong(4) / (double) count,
							row.getLong(2) / 1024.0 / count, row.getLong(3) / 1024.0 / count,
							row.getLong(5) / 1024.0 / count, row.getLong(6) / 1024.0 / count);
				});
	}

	// With -Dbench.files=<dir>: the first disclosure's published files, to look into.
	static void dump(ConfigurableApplicationContext app, String dir) {
		if (dir == null) {
			return;
		}
		app.getBean(JdbcTemplate.class)
			.query("select extension, content from published_file where disclosure_id = "
					+ "(select min(disclosure_id) from published_file)", row -> {
						try {
							Files.write(Path.of(dir, "published." + row.getString(1)), row.getBytes(2));
						}
						catch (java.io.IOException ex) {
							throw new java.io.UncheckedIOException(ex);
						}
					});
	}

}
