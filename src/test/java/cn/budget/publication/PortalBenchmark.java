package cn.budget.publication;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import cn.budget.BudgetDisclosureApplication;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.util.FileSystemUtils;

/**
 * {@code GET /public} over HTTP with 10,000 published disclosures (1,000 departments × 10
 * years, and the 1,000 departments, written by {@link PublishedRows}), on the whole
 * application with the product's H2 file store, {@code -Xmx512m}: the first page, a year,
 * a department, a search and a page deep in the list. Run as docs/benchmarks.md says.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgs = { "-Xmx512m" })
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
public class PortalBenchmark {

	@Param({ "1000" })
	public int departments;

	@Param({ "10" })
	public int years;

	private Path dataDir;

	private ConfigurableApplicationContext context;

	private HttpClient http;

	private String base;

	@Setup(Level.Trial)
	public void start() throws IOException {
		dataDir = Files.createTempDirectory("portal-benchmark");
		context = new SpringApplicationBuilder(BudgetDisclosureApplication.class).run("--server.port=0",
				"--app.data-dir=" + dataDir, "--camunda.bpm.job-execution.enabled=false", "--logging.level.root=warn");
		JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
		// The list never reads a version's content; a real one (seed size, about a
		// megabyte) times
		// 10,000 would only fill the disk.
		String content = "{}";
		List<Integer> fiscalYears = IntStream.range(0, years).map(y -> 2090 - y).boxed().toList();
		PublishedRows rows = new PublishedRows(jdbc, PublishedRows.FIRST_ID);
		rows.writeDepartments(departments);
		rows.write(departments, fiscalYears, content, Instant.now());
		http = HttpClient.newHttpClient();
		base = "http://localhost:" + context.getEnvironment().getProperty("local.server.port");
	}

	@TearDown(Level.Trial)
	public void stop() {
		context.close();
		FileSystemUtils.deleteRecursively(dataDir.toFile());
	}

	@Benchmark
	public String firstPage() throws Exception {
		return get("/public");
	}

	@Benchmark
	public String year() throws Exception {
		return get("/public?year=2085");
	}

	@Benchmark
	public String department() throws Exception {
		return get("/public?department=P0500");
	}

	@Benchmark
	public String search() throws Exception {
		return get("/public?q=%E7%AC%AC500%E5%B1%80");
	}

	@Benchmark
	public String deepPage() throws Exception {
		return get("/public?page=150");
	}

	private String get(String path) throws Exception {
		HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(base + path)).GET().build(),
				HttpResponse.BodyHandlers.ofString());
		if (response.statusCode() != 200) {
			throw new IllegalStateException(path + " answered " + response.statusCode());
		}
		return response.body();
	}

}
