package cn.budget.workflow;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import cn.budget.BudgetDisclosureApplication;
import cn.budget.identity.Actor;
import cn.budget.identity.Directory;
import cn.budget.identity.importing.OrganisationImport;
import cn.budget.identity.importing.OrganisationTemplate;
import cn.budget.support.CountyWorkbook;
import cn.budget.support.ServerProfile;
import cn.budget.support.TestDatabase;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Opens one round for a province-sized organisation (default 1,000 departments, each with
 * its 本级 unit and one sub-unit) imported through the organisation import, on the whole
 * application, and prints how long the request took and when the last department was on
 * its route. Not a test: run as docs/benchmarks.md says ("Opening a province round").
 * Arguments: {@code [departments] [h2|postgres] [statements]} (with {@code statements},
 * on PostgreSQL, the statements that cost the server most during the opening).
 */
public final class RoundOpeningBenchmark {

	private RoundOpeningBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		int departments = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
		String database = args.length > 1 ? args[1] : "h2";
		boolean statements = args.length > 2 && args[2].equals("statements");
		Path dir = Files.createTempDirectory("round-benchmark");
		List<String> arguments = new ArrayList<>(List.of("--server.port=0", "--app.data-dir=" + dir,
				"--camunda.bpm.job-execution.enabled=false", "--logging.level.root=warn",
				"--app.audit.keys.b=YmVuY2htYXJrLWtleS1vZi10aGUtYXVkaXQtY2hhaW4hIQ==", "--app.audit.current-key=b",
				"--app.audit.anchor-cron=-"));
		String name = "bench" + System.nanoTime();
		EmbeddedPostgres server = database.equals("postgres") ? postgres(arguments, name, statements) : null;
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(BudgetDisclosureApplication.class)
			.run(arguments.toArray(String[]::new))) {
			importCounty(context, departments);
			ServerProfile profile = server == null ? null
					: ServerProfile.of(server.getDatabase("postgres", name), statements);
			if (profile != null) {
				profile.start();
			}
			open(context, departments, database);
			if (profile != null) {
				System.out.printf("CPU time of the database server during the opening: %d ms%n", profile.cpuMillis());
				profile.printTopStatements(25);
				profile.printScans(8);
			}
		}
	}

	// A fresh database on the embedded server, and the arguments that make the
	// application
	// use it.
	private static EmbeddedPostgres postgres(List<String> arguments, String name, boolean statements) {
		EmbeddedPostgres server = statements ? ServerProfile.startServer() : TestDatabase.server();
		TestDatabase.createDatabase(server, name);
		arguments.addAll(List.of("--spring.profiles.active=postgres",
				"--spring.datasource.url=" + server.getJdbcUrl("postgres", name),
				"--spring.datasource.username=postgres", "--spring.datasource.password=postgres"));
		return server;
	}

	private static void importCounty(ConfigurableApplicationContext context, int departments) {
		Directory directory = context.getBean(Directory.class);
		long importStart = System.nanoTime();
		CountyWorkbook county = CountyWorkbook.county("201", "县财政局", departments, 1);
		byte[] file = county.fill(context.getBean(OrganisationTemplate.class).write());
		context.getBean(OrganisationImport.class)
			.run(directory.actorOf("admin").orElseThrow(), List.of(new OrganisationImport.Upload("county.xlsx", file)),
					new OrganisationImport.Mode(false, false));
		System.out.printf("Imported %d units and %d people in %d ms%n", county.unitCount(), county.personCount(),
				(System.nanoTime() - importStart) / 1_000_000);
	}

	private static void open(ConfigurableApplicationContext context, int departments, String database) {
		List<String> codes = new ArrayList<>();
		for (int d = 1; d <= departments; d++) {
			codes.add(String.valueOf(300 + d));
		}
		Actor supervisor = context.getBean(Directory.class).actorOf("supervisor").orElseThrow();
		long start = System.nanoTime();
		RoundOpened opened = context.getBean(Rounds.class)
			.open(supervisor, new NewRound(2031, "BUDGET", LocalDate.of(2031, 1, 20), codes));
		System.out.printf("Round %d of %d departments: answered after %d ms%n", opened.id(), departments,
				(System.nanoTime() - start) / 1_000_000);
		if (opened.inBackground()) {
			context.getBean(RoundOpening.class).runningOf(opened.id()).ifPresent(CompletableFuture::join);
		}
		long finished = System.nanoTime();
		System.out.printf("CPU time of the opening threads: %d ms, load average %.1f%n", openingCpuMillis(),
				ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
		OpeningProgress progress = context.getBean(Rounds.class).progress(supervisor, opened.id());
		System.out.printf("Round %d on %s: %d opened, %d failed, %d pending after %d ms (%.1f ms per department)%n",
				opened.id(), database, progress.opened(), progress.failed(), progress.pending(),
				(finished - start) / 1_000_000, (finished - start) / 1e6 / departments);
	}

	// The machine is shared: wall-clock time depends on the others' load, CPU time much
	// less.
	private static long openingCpuMillis() {
		ThreadMXBean threads = ManagementFactory.getThreadMXBean();
		long nanos = 0;
		for (ThreadInfo thread : threads.getThreadInfo(threads.getAllThreadIds())) {
			if (thread != null && thread.getThreadName().startsWith("round-opening-")) {
				nanos += threads.getThreadCpuTime(thread.getThreadId());
			}
		}
		return nanos / 1_000_000;
	}

}
