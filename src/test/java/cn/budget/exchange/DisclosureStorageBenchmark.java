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
		List<String> arguments = arguments(dir, level);
		if (database.equals("postgres")) {
			onPostgres(arguments, count, level);
			return;
		}
		onH2(arguments, dir, count, level);
	}

	private static List<String> arguments(Path dir, String level) {
		List<String> arguments = new ArrayList<>(List.of("--server.port=0", "--app.data-dir=" + dir,
				"--camunda.bpm.job-execution.enabled=false", "--logging.level.root=warn",
				"--camunda.bpm.history-level=" + level, "--app.checks.submission-gate=false",
				"--app.audit.keys.b=YmVuY2htYXJrLWtleS1vZi10aGUtYXVkaXQtY2hhaW4hIQ==", "--app.audit.current-key=b",
				"--app.audit.anchor-cron=-",
				// Each publication's files rendered before the next one: in the
				// background the last ones were still missing when the sizes were taken.
				"--app.publication.render-threads=0"));
		return arguments;
	}

	private static void onPostgres(List<String> arguments, int count, String level) throws Exception {
		String name = "storage" + System.nanoTime();
		TestDatabase.createDatabase(TestDatabase.server(), name);
		arguments.addAll(List.of("--spring.profiles.active=postgres",
				"--spring.datasource.url=" + TestDatabase.server().getJdbcUrl("postgres", name),
				"--spring.datasource.username=postgres", "--spring.datasource.password=postgres"));
		try (ConfigurableApplicationContext app = start(arguments)) {
			Map<String, Long> before = PostgresStorage.sizes(app);
			List<Long> ids = publish(app, count);
			Map<String, Long> after = PostgresStorage.sizes(app);
			report(before, after, count, "PostgreSQL, history " + level);
			OnRequestTimes.print(app, ids);
			PostgresStorage.columns(app, count);
			PostgresStorage.dump(app, System.getProperty("bench.files"));
			CorrectionTimings.run(app, ids);
		}
	}

	private static void onH2(List<String> arguments, Path dir, int count, String level) throws Exception {
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

	private static List<Long> publish(ConfigurableApplicationContext app, int count) {
		DisclosureImports imports = app.getBean(DisclosureImports.class);
		Routes routes = app.getBean(Routes.class);
		Directory directory = app.getBean(Directory.class);
		byte[] seed = Seeds.text(Seeds.PINGXIANG_2020).getBytes(StandardCharsets.UTF_8);
		long start = System.nanoTime();
		List<Long> ids = new ArrayList<>();
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
			ids.add(id);
		}
		System.out.printf("Published %d seed-size disclosures in %d ms%n", count,
				(System.nanoTime() - start) / 1_000_000);
		return ids;
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
