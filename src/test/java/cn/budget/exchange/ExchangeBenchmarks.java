package cn.budget.exchange;

import cn.budget.content.DisclosureContent;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import cn.budget.BudgetDisclosureApplication;
import cn.budget.disclosure.DisclosureQueries;
import cn.budget.template.TemplateDefinition;
import cn.budget.exchange.placing.Assembly;
import cn.budget.exchange.reading.ImportFile;
import cn.budget.identity.Actor;
import cn.budget.identity.Directory;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Import of seed 001 (平乡县公安局 2020, 3,663 lines, 36 project tables) and its export to each
 * format, on the whole application with an in-memory H2 database. Run as
 * docs/benchmarks.md says.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgs = { "-Xms1g", "-Xmx2g" })
@Warmup(iterations = 5, time = 3)
@Measurement(iterations = 5, time = 3)
public class ExchangeBenchmarks {

	private static final AtomicInteger YEARS = new AtomicInteger(3000);

	private ConfigurableApplicationContext context;

	private DisclosureImports imports;

	private DisclosureExports exports;

	private Actor drafter;

	private byte[] seed;

	private DisclosureContent document;

	private TemplateDefinition template;

	@Setup(Level.Trial)
	public void start() {
		context = new SpringApplicationBuilder(BudgetDisclosureApplication.class).run("--server.port=0",
				"--spring.datasource.url=jdbc:h2:mem:benchmark;DB_CLOSE_DELAY=-1",
				"--camunda.bpm.job-execution.enabled=false", "--logging.level.root=warn");
		imports = context.getBean(DisclosureImports.class);
		exports = context.getBean(DisclosureExports.class);
		drafter = context.getBean(Directory.class).actorOf("drafter-ga").orElseThrow();
		seed = Seeds.text(Seeds.PINGXIANG_2020).getBytes(StandardCharsets.UTF_8);
		long id = importSeed().disclosure().id();
		document = context.getBean(DisclosureQueries.class).content(drafter, id);
		template = context.getBean(DisclosureQueries.class).templateOf(document);
	}

	@TearDown(Level.Trial)
	public void stop() {
		context.close();
	}

	/** Reading and recognising the document, without the database. */
	@Benchmark
	public Assembly importRecognise() {
		return Seeds.assemble(Seeds.text(Seeds.PINGXIANG_2020));
	}

	/** The whole import: read, recognise, validate and store a new disclosure. */
	@Benchmark
	public ImportOutcome importAndStore() {
		return importSeed();
	}

	@Benchmark
	public Export exportDocx() {
		return exports.export(document, template, DisclosureExports.Format.DOCX, false);
	}

	@Benchmark
	public Export exportXlsx() {
		return exports.export(document, template, DisclosureExports.Format.XLSX, false);
	}

	@Benchmark
	public Export exportPdf() {
		return exports.export(document, template, DisclosureExports.Format.PDF, false);
	}

	private ImportOutcome importSeed() {
		return imports.importFile(drafter, new ImportFile(Seeds.PINGXIANG_2020, seed),
				new ImportTarget("312", YEARS.getAndIncrement(), null));
	}

}
