package cn.budget.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntFunction;

import cn.budget.support.ServerProfile;

/**
 * Issue 14's harness: the bare Camunda engine and the packaged product on the same database server
 * in one run, each driving the whole route of empty disclosures with 1 and with 4 clients, and the
 * product's tasks per second as a share of the engine's. Run it with {@code -Pbenchmarks} (see
 * docs/benchmarks.md); the product must be packaged first.
 */
public final class EngineVsProduct {

	static final String USAGE = "--db=h2|postgres [--engine-url=jdbc:postgresql://… --product-url=jdbc:postgresql://… "
			+ "--db-user=… --db-password=…] [--disclosures=70] [--engine-disclosures=200] [--warmup=4] [--warmup-seconds=300] "
			+ "[--timeout-minutes=20] [--settle-seconds=5] [--server-profile=true (embedded PostgreSQL: the server's CPU and statements per side)]";

	private static final int[] CLIENTS = { 1, 4 };

	private EngineVsProduct() {
	}

	public static void main(String[] arguments) throws IOException {
		BenchArgs args = new BenchArgs(arguments, USAGE);
		Quiet.logs();
		ProductProcess.jar();
		Options options = new Options(even(args.number("disclosures", 70)), even(args.number("engine-disclosures", 200)),
				even(args.number("warmup", 4)), args.number("warmup-seconds", 300), args.number("timeout-minutes", 20),
				args.number("settle-seconds", 5));
		Map<Integer, Clients.Run> engine;
		Measured product;
		try (BenchDatabase db = BenchDatabase.of(args)) {
			System.out.println("Database: " + db.name);
			engine = engine(db, options);
			List<String> productArguments = new ArrayList<>(db.productArguments);
			// Empty disclosures: the checks would refuse their submission (docs/benchmarks.md).
			productArguments.add("--app.checks.submission-gate=false");
			try (ProductProcess app = new ProductProcess("product-" + args.text("db", "h2"), productArguments,
					db.productEnvironment)) {
				product = product(app, options, db);
			}
		}
		report(args, engine, product.runs(), product.authentication(), product.serverErrors());
	}

	/**
	 * The harness's counts: measured disclosures per client count on each side, the warm-up's batch and
	 * time, the quiet seconds before each measured run.
	 */
	private record Options(int disclosures, int engineDisclosures, int warmup, long warmupSeconds, long timeout,
			long settleSeconds) {
	}

	/** The product's runs per client count, the authentication its client used and the 5xx it answered. */
	private record Measured(Map<Integer, Clients.Run> runs, String authentication, long serverErrors) {
	}

	private static Map<Integer, Clients.Run> engine(BenchDatabase db, Options options) {
		Map<Integer, Clients.Run> engine = new LinkedHashMap<>();
		Optional<ServerProfile> profile = db.profile("bench_engine");
		try (BareEngine bare = new BareEngine(db.engineUrl, db.user, db.password)) {
			long[] round = { 1 };
			System.out.println("engine warm-up: " + warm(options.warmupSeconds(), n -> Clients.run(n,
					bare.open(departments(options.warmup() * n), round[0]++), bare::route, options.timeout())));
			ServerWork.start(profile);
			for (int n : CLIENTS) {
				List<String> instances = bare.open(departments(options.engineDisclosures()), round[0]++);
				db.settle(options.settleSeconds());
				ThreadCpu cpu = ThreadCpu.of(ProcessHandle.current().pid());
				engine.put(n, Clients.run(n, instances, bare::route, options.timeout()));
				System.out.println("engine,  " + n + " client(s): " + line(engine.get(n)));
				System.out.print(cpu.summary("engine (harness JVM)", engine.get(n).tasks()));
			}
			// Before the engine's connections close: a closed backend's CPU time leaves the count.
			ServerWork.print(profile, engine);
		}
		return engine;
	}

	/** Warms and measures the running product. */
	private static Measured product(ProductProcess app, Options options, BenchDatabase db) {
		Optional<ServerProfile> profile = db.profile("bench_product");
		Map<Integer, Clients.Run> product = new LinkedHashMap<>();
		ProductClient client = new ProductClient(app.baseUrl(), user -> "demo");
		ProductRoute route = new ProductRoute(client);
		RoundSlots slots = new RoundSlots(options.disclosures());
		// Every published disclosure of the warm-up, the least corrected first.
		Deque<ProductRoute.Disclosure> published = new ArrayDeque<>();
		System.out.println("product warm-up: " + warm(options.warmupSeconds(), n -> {
			List<RoundSlots.Slot> batch = slots.warmup(options.warmup() / 2 * n);
			// Once the years run out, the next published disclosures through a correction run,
			// in turn: a real disclosure has a few corrections, not hundreds.
			List<ProductRoute.Disclosure> next = new ArrayList<>();
			if (batch.isEmpty()) {
				while (next.size() < options.warmup() / 2 * n) {
					next.add(published.poll());
				}
				published.addAll(next);
				return Clients.run(n, route.correct(next), route::routeCorrection, options.timeout());
			}
			next.addAll(route.open(batch));
			published.addAll(next);
			return Clients.run(n, next, route::route, options.timeout());
		}) + ", " + slots.warmupLeft() + " rounds of new years left (then corrections)");
		ServerWork.start(profile);
		client.takeLatencies();
		for (int n : CLIENTS) {
			List<ProductRoute.Disclosure> opened = route.open(slots.measured(options.disclosures() / 2));
			db.settle(options.settleSeconds());
			ThreadCpu cpu = ThreadCpu.of(app.pid());
			product.put(n, Clients.run(n, opened, route::route, options.timeout()));
			System.out.println("product, " + n + " client(s): " + line(product.get(n)));
			System.out.print(client.takeLatencies() + cpu.summary("product JVM", product.get(n).tasks()));
		}
		ServerWork.print(profile, product);
		System.out.println("Product resident memory after the runs: " + residentMemory(app.pid()));
		return new Measured(product, client.authentication(), client.serverErrors());
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
	 * Works batches of disclosures until the seconds have passed (at least one batch of each client
	 * count), by turns with each measured client count and {@code --warmup} disclosures per client:
	 * both sides get the same wall-clock time to load classes and let the JIT compile their code before
	 * they are measured. Five minutes by default: after two, the product's JIT still compiled about half
	 * a core's worth (JFR, docs/benchmarks.md), so its far longer code path was measured while it was
	 * still being compiled. With one client only, both JITs still compiled a tenth to a quarter of the
	 * four-client runs' CPU (the contended paths: lock waits, retries, more connections and threads).
	 */
	private static String warm(long seconds, IntFunction<Clients.Run> batch) {
		long start = System.nanoTime();
		long tasks = 0;
		int turn = 0;
		do {
			tasks += batch.apply(CLIENTS[turn++ % CLIENTS.length]).tasks();
		}
		while (turn < CLIENTS.length || System.nanoTime() - start < seconds * 1_000_000_000L);
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
