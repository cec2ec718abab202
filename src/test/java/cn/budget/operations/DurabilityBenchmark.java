package cn.budget.operations;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import cn.budget.BudgetDisclosureApplication;
import cn.budget.disclosure.CellContent;
import cn.budget.disclosure.DisclosureDocument;
import cn.budget.disclosure.DisclosureDrafting;
import cn.budget.disclosure.DisclosureQueries;
import cn.budget.disclosure.DisclosureUpdate;
import cn.budget.disclosure.Disclosures;
import cn.budget.content.MeasureUnit;
import cn.budget.disclosure.NewDisclosure;
import cn.budget.disclosure.PartContent;
import cn.budget.identity.Actor;
import cn.budget.identity.Directory;
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
 * What durability costs on the H2 file store: a drafter's save of one part (a text field)
 * of a whole disclosure the size of seed 001's main parts, with every commit written to
 * the file before it returns ({@code WRITE_DELAY=0}, the product's setting) against H2's
 * default of writing at most every 500 ms. Run as docs/benchmarks.md says; not part of
 * {@code ./mvnw verify}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgs = { "-Xmx512m" })
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
public class DurabilityBenchmark {

	@Param({ "0", "500" })
	public int writeDelay;

	private Path dataDir;

	private ConfigurableApplicationContext context;

	private DisclosureDrafting drafting;

	private Actor drafter;

	private long id;

	private long saves;

	@Setup(Level.Trial)
	public void start() throws Exception {
		dataDir = Files.createTempDirectory("durability-benchmark");
		context = new SpringApplicationBuilder(BudgetDisclosureApplication.class).run("--server.port=0",
				"--app.data-dir=" + dataDir, "--spring.datasource.url=jdbc:h2:file:" + dataDir
						+ "/disclosure;DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=" + writeDelay,
				"--camunda.bpm.job-execution.enabled=false", "--logging.level.root=warn");
		drafting = context.getBean(DisclosureDrafting.class);
		drafter = context.getBean(Directory.class).actorOf("drafter-ga").orElseThrow();
		DisclosureDocument created = Disclosures.document(drafting.create(Actor.system("drafter-ga"),
				new NewDisclosure("312", 2040, "BUDGET", MeasureUnit.WAN_YUAN.label())));
		id = drafting.update(drafter, created.getId(), Disclosures.wholeBudgetDisclosure(created)).id();
	}

	@TearDown(Level.Trial)
	public void stop() {
		context.close();
		FileSystemUtils.deleteRecursively(dataDir.toFile());
	}

	/** A save of one part with one changed text: the most frequent write. */
	@Benchmark
	public DisclosureDocument saveOnePart() {
		DisclosureDocument current = Disclosures
			.document(context.getBean(DisclosureQueries.class).content(drafter, id));
		PartContent part = new PartContent("other_matters");
		part.setFields(Map.of("other_text", CellContent.of("我部门无其他需要说明的事项。（第" + (++saves) + "次保存）")));
		DisclosureUpdate update = new DisclosureUpdate();
		update.setVersion(current.getVersion());
		update.setParts(List.of(part));
		return Disclosures.document(drafting.update(drafter, id, update));
	}

}
