package cn.budget.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Issue 14's harness: the bare Camunda engine and the packaged product on the same database server
 * in one run, each driving the whole route of empty disclosures with 1 and with 4 clients, and the
 * product's tasks per second as a share of the engine's. Run it with {@code -Pbenchmarks} (see
 * docs/benchmarks.md); the product must be packaged first.
 */
public final class EngineVsProduct {

	static final String USAGE = "--db=h2|postgres [--engine-url=jdbc:postgresql://… --product-url=jdbc:postgresql://… "
			+ "--db-user=… --db-password=…] [--disclosures=20] [--engine-disclosures=200] [--warmup=4] [--warmup-seconds=60] "
			+ "[--timeout-minutes=20]";

	private static final int[] CLIENTS = { 1, 4 };

	private static final int FIRST_YEAR = 2030;

	private static final int LAST_YEAR = 2100;

	private EngineVsProduct() {
	}

	public static void main(String[] arguments) throws IOException {
		BenchArgs args = new BenchArgs(arguments, USAGE);
		Quiet.logs();
		ProductProcess.jar();
		int disclosures = even(args.number("disclosures", 20));
		int engineDisclosures = even(args.number("engine-disclosures", 200));
		int warmup = even(args.number("warmup", 4));
		long warmupSeconds = args.number("warmup-seconds", 60);
		long timeout = args.number("timeout-minutes", 20);
		Map<Integer, Clients.Run> engine = new LinkedHashMap<>();
		Map<Integer, Clients.Run> product = new LinkedHashMap<>();
		String authentication;
		long serverErrors;
		try (BenchDatabase db = BenchDatabase.of(args)) {
			System.out.println("Database: " + db.name);
			try (BareEngine bare = new BareEngine(db.engineUrl, db.user, db.password)) {
				long[] round = { 1 };
				System.out.println("engine warm-up: " + warm(warmupSeconds, Integer.MAX_VALUE,
						() -> Clients.run(1, bare.open(departments(warmup), round[0]++), bare::route, timeout)));
				for (int n : CLIENTS) {
					engine.put(n, Clients.run(n, bare.open(departments(engineDisclosures), round[0]++), bare::route, timeout));
					System.out.println("engine,  " + n + " client(s): " + line(engine.get(n)));
				}
			}
			List<String> productArguments = new ArrayList<>(db.productArguments);
			// Empty disclosures: the checks would refuse their submission (docs/benchmarks.md).
			productArguments.add("--app.checks.submission-gate=false");
			try (ProductProcess app = new ProductProcess("product-" + args.text("db", "h2"), productArguments,
					db.productEnvironment)) {
				ProductClient client = new ProductClient(app.baseUrl(), user -> "demo");
				ProductRoute route = new ProductRoute(client);
				// One round per fiscal year (2000–2100 allowed; the demo's disclosures are of
				// last year): the years after the measured runs' are the warm-up's at most.
				int[] years = { FIRST_YEAR };
				int batches = (LAST_YEAR + 1 - FIRST_YEAR - disclosures) / (warmup / 2);
				System.out.println("product warm-up: " + warm(warmupSeconds, batches, () -> {
					Clients.Run run = Clients.run(1, route.open(years[0], warmup / 2), route::route, timeout);
					years[0] += warmup / 2;
					return run;
				}));
				int year = years[0];
				for (int n : CLIENTS) {
					product.put(n, Clients.run(n, route.open(year, disclosures / 2), route::route, timeout));
					year += disclosures / 2;
					System.out.println("product, " + n + " client(s): " + line(product.get(n)));
				}
				authentication = client.authentication();
				serverErrors = client.serverErrors();
				System.out.println("Product resident memory after the runs: " + residentMemory(app.pid()));
			}
		}
		report(args, engine, product, authentication, serverErrors);
	}

	private static void report(BenchArgs args, Map<Integer, Clients.Run> engine, Map<Integer, Clients.Run> product,
			String authentication, long serverErrors) {
		System.out.println();
		System.out.println("Engine vs product, " + args.text("db", "h2") + ", whole route of empty disclosures");
		System.out.println("machine: " + Runtime.getRuntime().availableProcessors() + " cores, load average "
				+ loadAverage() + ", Java " + System.getProperty("java.version"));
		System.out.println("harness/engine JVM: " + ManagementFactory.getRuntimeMXBean().getInputArguments());
		System.out.println("product JVM: " + ProductProcess.JVM_FLAGS + "; authentication: " + authentication);
		System.out.println("| clients | engine tasks/s | product tasks/s | product/engine |");
		System.out.println("|---|---|---|---|");
		for (int n : CLIENTS) {
			double ratio = product.get(n).tasksPerSecond() / engine.get(n).tasksPerSecond();
			System.out.printf("| %d | %.1f (%d tasks) | %.1f (%d tasks) | %.3f (%.1f%%) |%n", n, engine.get(n).tasksPerSecond(),
					engine.get(n).tasks(), product.get(n).tasksPerSecond(), product.get(n).tasks(), ratio, ratio * 100);
		}
		System.out.println("product 5xx answers during the runs (retried): " + serverErrors);
	}

	/**
	 * Works batches of disclosures with one client until the seconds have passed (at least one batch, at most
	 * {@code maxBatches}): both
	 * sides get the same wall-clock time to load classes and let the JIT compile their code before they are
	 * measured, so a product whose code path is many times the engine's is not measured while it is still
	 * being compiled.
	 */
	private static String warm(long seconds, int maxBatches, Supplier<Clients.Run> batch) {
		long start = System.nanoTime();
		long tasks = 0;
		int batches = 0;
		do {
			tasks += batch.get().tasks();
			batches++;
		}
		while (System.nanoTime() - start < seconds * 1_000_000_000L && batches < maxBatches);
		return String.format("%d tasks in %.1f s", tasks, (System.nanoTime() - start) / 1e9);
	}

	private static String line(Clients.Run run) {
		return String.format("%d tasks in %.1f s = %.1f tasks/s", run.tasks(), run.seconds(), run.tasksPerSecond());
	}

	/** Half 县公安局 (two contributions first), half 县教育局, as the product's rounds open them. */
	private static List<String> departments(int count) {
		List<String> codes = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			codes.add(i % 2 == 0 ? "312" : "305");
		}
		return codes;
	}

	private static int even(int count) {
		if (count < 2) {
			throw new IllegalArgumentException("Counts of disclosures must be at least 2: " + USAGE);
		}
		return count + count % 2;
	}

	static String loadAverage() {
		try {
			return Files.readString(Path.of("/proc/loadavg")).trim();
		}
		catch (IOException ex) {
			return "unknown";
		}
	}

	static String residentMemory(long pid) {
		try {
			return Files.readAllLines(Path.of("/proc/" + pid + "/status")).stream()
				.filter(l -> l.startsWith("VmRSS:")).findFirst().orElse("unknown").replaceAll("\\s+", " ");
		}
		catch (IOException ex) {
			return "unknown";
		}
	}

}
