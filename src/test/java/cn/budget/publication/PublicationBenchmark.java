package cn.budget.publication;

import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import cn.budget.BudgetDisclosureApplication;
import cn.budget.disclosure.DisclosureLifecycle;
import cn.budget.disclosure.VersionInfo;
import cn.budget.exchange.DisclosureImports;
import cn.budget.exchange.reading.ImportFile;
import cn.budget.exchange.ImportTarget;
import cn.budget.identity.Actor;
import cn.budget.identity.Directory;
import com.sun.management.ThreadMXBean;
import io.micrometer.core.instrument.MeterRegistry;
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
import org.springframework.util.FileSystemUtils;

/**
 * Publication of seed 001 (平乡县公安局 2020, 36 project tables) as the workflow's publish step
 * calls it: {@link DisclosureLifecycle#publish} in its own transaction, which freezes the
 * version; its downloads (DOCX, XLSX, PDF, CSV, data package) are rendered after the
 * commit, and the time until the portal shows the version with all its files is reported
 * at the end. Each invocation publishes a freshly imported and approved copy (the import
 * and approval are not timed). The whole application on the product's H2 file store,
 * {@code -Xmx512m}. Run as docs/benchmarks.md says.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgs = { "-Xmx512m" })
@Warmup(iterations = 3, time = 10)
@Measurement(iterations = 6, time = 10)
public class PublicationBenchmark {

	private static final String SEED = "001_1e20de4cb34b5e42.txt";

	private static final String SYSTEM = "system";

	private static final AtomicInteger YEARS = new AtomicInteger(3000);

	private static final ThreadMXBean THREADS = (ThreadMXBean) ManagementFactory.getThreadMXBean();

	/**
	 * The PDF font: empty for the bundled one, or a path such as
	 * {@code /usr/share/fonts/truetype/wqy/wqy-zenhei.ttc}.
	 */
	@Param({ "" })
	public String font;

	private Path dataDir;

	private ConfigurableApplicationContext context;

	private DisclosureImports imports;

	private DisclosureLifecycle lifecycle;

	private Actor drafter;

	private byte[] seed;

	private long approved;

	private final List<Long> cpu = new ArrayList<>();

	private final List<Long> allocation = new ArrayList<>();

	private final List<Long> visible = new ArrayList<>();

	private long publishStarted;

	private Portal portal;

	@Setup(Level.Trial)
	public void start() throws IOException {
		dataDir = Files.createTempDirectory("publication-benchmark");
		context = new SpringApplicationBuilder(BudgetDisclosureApplication.class).run("--server.port=0",
				"--app.data-dir=" + dataDir, "--app.exchange.pdf-font=" + font,
				"--camunda.bpm.job-execution.enabled=false", "--logging.level.root=warn");
		imports = context.getBean(DisclosureImports.class);
		lifecycle = context.getBean(DisclosureLifecycle.class);
		portal = context.getBean(Portal.class);
		drafter = context.getBean(Directory.class).actorOf("drafter-ga").orElseThrow();
		try (InputStream in = PublicationBenchmark.class.getResourceAsStream("/seeds/" + SEED)) {
			seed = in.readAllBytes();
		}
	}

	/**
	 * A new copy of seed 001, submitted, signed off and approved: ready to publish. First
	 * the previous publication's files, rendered after its commit, are waited for (and
	 * how long after the publish began its version became visible on the portal is kept),
	 * so that no render runs beside the timed publish.
	 */
	@Setup(Level.Invocation)
	public void approve() throws InterruptedException {
		if (approved != 0) {
			long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
			while (portal.newestVersion(approved).isEmpty() && System.nanoTime() < deadline) {
				Thread.sleep(2);
			}
			visible.add((System.nanoTime() - publishStarted) / 1_000_000);
		}
		long id = imports
			.importFile(drafter, new ImportFile(SEED, seed), new ImportTarget("312", YEARS.getAndIncrement(), null))
			.disclosure()
			.id();
		lifecycle.submit(id, SYSTEM, null);
		lifecycle.signOff(id, SYSTEM);
		lifecycle.approve(id, SYSTEM);
		approved = id;
	}

	@TearDown(Level.Trial)
	public void stop() {
		// Where the time went, warm-up included: the render of each format.
		context.getBean(MeterRegistry.class)
			.find(PublicationMetrics.RENDER)
			.timers()
			.forEach(t -> System.out.printf("%n%s %s: %d renders, mean %.1f ms, max %.1f ms", PublicationMetrics.RENDER,
					t.getId().getTag("format"), t.count(), t.mean(TimeUnit.MILLISECONDS),
					t.max(TimeUnit.MILLISECONDS)));
		print("CPU time of the publishing thread (ms)", cpu);
		print("Allocated by the publishing thread (MB)", allocation);
		if (!visible.isEmpty()) {
			print("From publishing to the version shown on the portal with all its files (ms)", visible);
		}
		context.close();
		FileSystemUtils.deleteRecursively(dataDir.toFile());
	}

	private static void print(String what, List<Long> values) {
		List<Long> sorted = values.stream().sorted().toList();
		System.out.printf("%n%s, warm-up included: %d publications, median %d, p95 %d, max %d%n", what, sorted.size(),
				sorted.get(sorted.size() / 2), sorted.get((int) Math.ceil(sorted.size() * 0.95) - 1),
				sorted.get(sorted.size() - 1));
	}

	/**
	 * The publish step: freeze, publish, render and store every download, commit. Its CPU
	 * time is kept too, since on a shared machine the wall-clock time also measures the
	 * neighbours.
	 */
	@Benchmark
	public VersionInfo publish() {
		publishStarted = System.nanoTime();
		long thread = Thread.currentThread().getId();
		long start = THREADS.getCurrentThreadCpuTime();
		long allocated = THREADS.getThreadAllocatedBytes(thread);
		VersionInfo published = lifecycle.publish(approved, SYSTEM, null);
		cpu.add((THREADS.getCurrentThreadCpuTime() - start) / 1_000_000);
		allocation.add((THREADS.getThreadAllocatedBytes(thread) - allocated) / 1_000_000);
		return published;
	}

}
