package cn.budget.exchange;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import cn.budget.BudgetDisclosureApplication;
import cn.budget.exchange.reading.ImportFile;
import cn.budget.identity.Directory;
import cn.budget.support.TestDatabase;
import cn.budget.workflow.NewRound;
import cn.budget.workflow.Routes;
import cn.budget.workflow.Rounds;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What one published seed-size disclosure costs in storage: seed 001 (平乡县公安局 2020)
 * imported into a draft of 县公安局, taken over by a round, contributed, submitted, signed
 * off, reviewed and published, {@code count} times (each its own year); the database's
 * growth divided by the count. PostgreSQL: the tables' sizes (with indexes and TOAST)
 * after {@code VACUUM FULL}, by group. H2: the file after the compaction on stop, against
 * the same application stopped without the work. Not a test: run as docs/benchmarks.md
 * says ("Lean"). Arguments: {@code [count] [h2|postgres] [history level]}.
 */
public final class DisclosureStorageBenchmark {

	private DisclosureStorageBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		int count = args.length > 0 ? Integer.parseInt(args[0]) : 10;
		String database = args.length > 1 ? args[1] : "h2";
		String level = args.length > 2 ? args[2] : "audit";
		Path dir = Files.createTempDirectory("storage-benchmark");
		List<String> arguments = new ArrayList<>(List.of("--server.port=0", "--app.data-dir=" + dir,
				"--camunda.bpm.job-execution.enabled=false", "--logging.level.root=warn",
				"--camunda.bpm.history-level=" + level, "--app.checks.submission-gate=false",
				"--app.audit.keys.b=YmVuY2htYXJrLWtleS1vZi10aGUtYXVkaXQtY2hhaW4hIQ==", "--app.audit.current-key=b",
				"--app.audit.anchor-cron=-",
				// Each publication's files rendered before the next one: in the
				// background the last ones were still missing when the sizes were taken.
				"--app.publication.render-threads=0"));
		if (database.equals("postgres")) {
			String name = "storage" + System.nanoTime();
			TestDatabase.createDatabase(TestDatabase.server(), name);
			arguments.addAll(List.of("--spring.profiles.active=postgres",
					"--spring.datasource.url=" + TestDatabase.server().getJdbcUrl("postgres", name),
					"--spring.datasource.username=postgres", "--spring.datasource.password=postgres"));
			try (ConfigurableApplicationContext app = start(arguments)) {
				Map<String, Long> before = postgresSizes(app);
				publish(app, count);
				Map<String, Long> after = postgresSizes(app);
				report(before, after, count, "PostgreSQL, history " + level);
				columns(app, count);
				dump(app, System.getProperty("bench.files"));
			}
			return;
		}
		start(arguments).close();
		long empty = Files.size(dir.resolve("disclosure.mv.db"));
		try (ConfigurableApplicationContext app = start(arguments)) {
			publish(app, count);
		}
		long full = Files.size(dir.resolve("disclosure.mv.db"));
		report(Map.of("H2 file", empty), Map.of("H2 file", full), count, "H2 (compacted on stop), history " + level);
	}

	private static ConfigurableApplicationContext start(List<String> arguments) {
		return new SpringApplicationBuilder(BudgetDisclosureApplication.class).run(arguments.toArray(String[]::new));
	}

	private static void publish(ConfigurableApplicationContext app, int count) {
		DisclosureImports imports = app.getBean(DisclosureImports.class);
		Routes routes = app.getBean(Routes.class);
		Directory directory = app.getBean(Directory.class);
		byte[] seed = Seeds.text(Seeds.PINGXIANG_2020).getBytes(StandardCharsets.UTF_8);
		long start = System.nanoTime();
		for (int i = 0; i < count; i++) {
			int year = 2040 + i;
			long id = imports
				.importFile(directory.actorOf("drafter-ga").orElseThrow(), new ImportFile(Seeds.PINGXIANG_2020, seed),
						new ImportTarget("312", year, null))
				.disclosure()
				.id();
			app.getBean(Rounds.class)
				.open(directory.actorOf("supervisor").orElseThrow(),
						new NewRound(year, "BUDGET", LocalDate.of(2026, 3, 2), List.of("312")));
			routes.publishOfThePolice(id, null);
		}
		System.out.printf("Published %d seed-size disclosures in %d ms%n", count,
				(System.nanoTime() - start) / 1_000_000);
	}

	// Every table of the schema with its indexes and TOAST, after VACUUM FULL (live rows
	// only).
	private static Map<String, Long> postgresSizes(ConfigurableApplicationContext app) {
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
	private static void columns(ConfigurableApplicationContext app, int count) {
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
	private static void dump(ConfigurableApplicationContext app, String dir) {
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

	private static void report(Map<String, Long> before, Map<String, Long> after, int count, String what) {
		Map<String, Long> groups = new TreeMap<>();
		Map<String, Long> tables = new TreeMap<>();
		after.forEach((table, size) -> {
			long grown = size - before.getOrDefault(table, 0L);
			groups.merge(group(table), grown, Long::sum);
			tables.put(table, grown);
		});
		long total = groups.values().stream().mapToLong(Long::longValue).sum();
		System.out.printf("%s: %.0f KB per published disclosure (%d disclosures)%n", what, total / 1024.0 / count,
				count);
		groups.forEach((group, grown) -> System.out.printf("  %-28s %8.1f KB%n", group, grown / 1024.0 / count));
		tables.entrySet()
			.stream()
			.filter(e -> e.getValue() > 0)
			.sorted(Map.Entry.<String, Long>comparingByValue().reversed())
			.limit(15)
			.forEach(e -> System.out.printf("    %-26s %8.1f KB%n", e.getKey(), e.getValue() / 1024.0 / count));
	}

	private static String group(String table) {
		String t = table.toLowerCase();
		if (t.startsWith("act_hi_")) {
			return "Camunda history";
		}
		if (t.startsWith("act_")) {
			return "Camunda runtime and bytes";
		}
		if (t.startsWith("audit")) {
			return "audit";
		}
		if (t.equals("disclosure_version") || t.equals("version_body")) {
			return "versions";
		}
		if (t.equals("published_file")) {
			return "published files";
		}
		if (t.startsWith("section") || t.startsWith("data_table") || t.startsWith("table_") || t.equals("disclosure")) {
			return "disclosure content";
		}
		return t.startsWith("h2 file") ? "H2 file" : "other";
	}

}
