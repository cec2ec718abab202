package cn.budget.checks;

import java.util.List;
import java.util.concurrent.TimeUnit;

import cn.budget.disclosure.DisclosureDocument;
import cn.budget.disclosure.PartContent;
import cn.budget.disclosure.TableContent;
import cn.budget.template.TemplateDefinition;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * How long all checks of a whole disclosure take: seed 001 as transcribed (36 project
 * tables, the procurement table, every part with its text), the size issue 4 sets the 20
 * ms budget for, and the same with its project tables twice over (more cells than any
 * real disclosure of the seeds). Run it as docs/benchmarks.md says; it is not a test and
 * takes about a minute.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 10, time = 1)
@Fork(value = 2, jvmArgs = { "-Xms512m", "-Xmx512m" })
public class ChecksBenchmark {

	private CheckEngine engine;

	private TemplateDefinition template;

	private DisclosureDocument seed001;

	/** How many times seed 001's project tables are in the document. */
	@Param({ "1", "2" })
	public int projectTables;

	@Setup
	public void prepare() {
		engine = new CheckEngine(CheckEngine.standardChecks(), RuleSettings.defaults(), Knowledge.shipped());
		template = Docs.template("BUDGET");
		seed001 = Seed001Figures.document();
		PartContent performance = seed001.part("performance").orElseThrow();
		List<TableContent> projects = performance.tables("project_performance");
		for (int i = 1; i < projectTables; i++) {
			performance.getTables().addAll(projects);
		}
		System.out.printf("%nseed 001 ×%d project tables: %d tables, %d rows, %d cells, %d findings%n", projectTables,
				count(seed001, 0), count(seed001, 1), count(seed001, 2),
				engine.run(seed001.view(), template, CheckContext.none()).size());
	}

	@Benchmark
	public List<Finding> allChecksOfSeed001() {
		return engine.run(seed001.view(), template, CheckContext.none());
	}

	/** Tables (0), rows (1) or cells and fields (2) of a document. */
	private static long count(DisclosureDocument document, int what) {
		long n = 0;
		for (PartContent part : document.getParts()) {
			n += what == 2 ? part.getFields().size() : 0;
			for (TableContent table : part.getTables()) {
				n += what == 0 ? 1 : what == 1 ? table.getRows().size()
						: table.getHeader().size() + table.getRows().stream().mapToInt(r -> r.getCells().size()).sum();
			}
		}
		return n;
	}

	/** For an IDE: runs this benchmark with the settings above. */
	public static void main(String[] args) throws Exception {
		org.openjdk.jmh.Main.main(new String[] { ChecksBenchmark.class.getSimpleName() });
	}

}
