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
import cn.budget.support.TestDatabase;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Opens one round for a province-sized organisation (default 1,000 departments, each with
 * its 本级 unit and one sub-unit) imported through the organisation import, on the whole
 * application, and prints how long the request took and when the last department was on
 * its route. Not a test: run as docs/benchmarks.md says ("Opening a province round").
 * Arguments: {@code [departments] [h2|postgres]}.
 */
public final class RoundOpeningBenchmark {

	private RoundOpeningBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		int departments = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
		String database = args.length > 1 ? args[1] : "h2";
		Path dir = Files.createTempDirectory("round-benchmark");
		List<String> arguments = new ArrayList<>(List.of("--server.port=0", "--app.data-dir=" + dir,
				"--camunda.bpm.job-execution.enabled=false", "--logging.level.root=warn",
				"--app.audit.keys.b=YmVuY2htYXJrLWtleS1vZi10aGUtYXVkaXQtY2hhaW4hIQ==", "--app.audit.current-key=b",
				"--app.audit.anchor-cron=-"));
		if (database.equals("postgres")) {
			String name = "bench" + System.nanoTime();
			TestDatabase.createDatabase(TestDatabase.server(), name);
			arguments.add("--spring.profiles.active=postgres");
			arguments.add("--spring.datasource.url=" + TestDatabase.server().getJdbcUrl("postgres", name));
			arguments.add("--spring.datasource.username=postgres");
			arguments.add("--spring.datasource.password=postgres");
		}
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(BudgetDisclosureApplication.class)
			.run(arguments.toArray(String[]::new))) {
			Directory directory = context.getBean(Directory.class);
			long importStart = System.nanoTime();
			CountyWorkbook county = CountyWorkbook.county("201", "县财政局", departments, 1);
			byte[] file = county.fill(context.getBean(OrganisationTemplate.class).write());
			context.getBean(OrganisationImport.class)
				.run(directory.actorOf("admin").orElseThrow(),
						List.of(new OrganisationImport.Upload("county.xlsx", file)),
						new OrganisationImport.Mode(false, false));
			System.out.printf("Imported %d units and %d people in %d ms%n", county.unitCount(), county.personCount(),
					(System.nanoTime() - importStart) / 1_000_000);
			List<String> codes = new ArrayList<>();
			for (int d = 1; d <= departments; d++) {
				codes.add(String.valueOf(300 + d));
			}
			Actor supervisor = directory.actorOf("supervisor").orElseThrow();
			long start = System.nanoTime();
			RoundOpened opened = context.getBean(Rounds.class)
				.open(supervisor, new NewRound(2031, "BUDGET", LocalDate.of(2031, 1, 20), codes));
			long answered = System.nanoTime();
			System.out.printf("Round %d of %d departments: answered after %d ms%n", opened.id(), departments,
					(answered - start) / 1_000_000);
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
