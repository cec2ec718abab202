package cn.budget.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Issue 14's harness: the bare Camunda engine and the packaged product on the same database server
 * in one run, each driving the whole route of empty disclosures with 1 and with 4 clients, and the
 * product's tasks per second as a share of the engine's. Run it with {@code -Pbenchmarks} (see
 * docs/benchmarks.md); the product must be packaged first.
 */
public final class EngineVsProduct {

	static final String USAGE = "--db=h2|postgres [--engine-url=jdbc:postgresql://… --product-url=jdbc:postgresql://… "
			+ "--db-user=… --db-password=…] [--disclosures=20] [--engine-disclosures=200] [--warmup=4] [--timeout-minutes=20]";

	private static final int[] CLIENTS = { 1, 4 };

	private EngineVsProduct() {
	}

	public static void main(String[] arguments) throws IOException {
		BenchArgs args = new BenchArgs(arguments, USAGE);
		Quiet.logs();
		ProductProcess.jar();
		int disclosures = even(args.number("disclosures", 20));
		int engineDisclosures = even(args.number("engine-disclosures", 200));
		int warmup = even(args.number("warmup", 4));
		long timeout = args.number("timeout-minutes", 20);
		Map<Integer, Clients.Run> engine = new LinkedHashMap<>();
		Map<Integer, Clients.Run> product = new LinkedHashMap<>();
		String authentication;
		long serverErrors;
		try (BenchDatabase db = BenchDatabase.of(args)) {
			System.out.println("Database: " + db.name);
			try (BareEngine bare = new BareEngine(db.engineUrl, db.user, db.password)) {
				long round = 1;
				Clients.run(1, bare.open(departments(warmup), round++), bare::route, timeout);
				for (int n : CLIENTS) {
					engine.put(n, Clients.run(n, bare.open(departments(engineDisclosures), round++), bare::route, timeout));
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
				int year = 2040;
				Clients.run(1, route.open(year, warmup / 2), route::route, timeout);
				year += warmup / 2;
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
