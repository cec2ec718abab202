package cn.budget.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import cn.budget.disclosure.PartContent;
import cn.budget.disclosure.RowContent;
import cn.budget.disclosure.TableContent;
import cn.budget.exchange.placing.Assembly;
import cn.budget.exchange.recognising.ImportReport;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;
import org.junit.jupiter.api.Test;

/**
 * The three real disclosures import completely: every number of the source is in the
 * model, and every occurrence of a number is either in the model or in the import report.
 */
class SeedImportTests {

	static final List<String> SEEDS = Seeds.ALL;

	@ParameterizedTest
	@FieldSource("SEEDS")
	void everyNumberOfTheSeedIsInTheModel(String seed) {
		String text = Seeds.text(seed);
		Assembly assembly = Seeds.assemble(text);
		Map<String, Long> source = NumberTokens.ofSource(text);
		Map<String, Long> model = NumberTokens.ofModel(assembly.draft().title(), Placed.parts(assembly));
		// Codes naming the source's own units (312002公安局) become the importing
		// department's units.
		Map<String, Long> units = NumberTokens.ofNotes(assembly.report());
		assertThat(source).isNotEmpty();
		assertThat(source.keySet())
			.allSatisfy(n -> assertThat(model.containsKey(n) || units.containsKey(n)).as("number %s is in the model", n)
				.isTrue());
	}

	@ParameterizedTest
	@FieldSource("SEEDS")
	void everyOccurrenceOfANumberIsPlacedOrReported(String seed) {
		String text = Seeds.text(seed);
		Assembly assembly = Seeds.assemble(text);
		Map<String, Long> model = NumberTokens.ofModel(assembly.draft().title(), Placed.parts(assembly));
		Map<String, Long> reported = NumberTokens.ofReport(assembly.report());
		NumberTokens.ofNotes(assembly.report()).forEach((n, c) -> reported.merge(n, c, Long::sum));
		Map<String, Long> missing = new TreeMap<>();
		NumberTokens.ofSource(text).forEach((number, count) -> {
			long found = model.getOrDefault(number, 0L) + reported.getOrDefault(number, 0L);
			if (found < count) {
				missing.put(number, count - found);
			}
		});
		assertThat(missing).isEmpty();
	}

	@Test
	void zhaoxian2017HasEveryPartAndTable() {
		Assembly assembly = Seeds.assemble(Seeds.text(Seeds.ZHAOXIAN_2017));
		assertThat(assembly.draft().template().code()).isEqualTo("BUDGET");
		assertThat(assembly.draft().title()).isEqualTo("赵县公安局2017年部门预算信息公开");
		assertThat(rows(assembly, "duties", "duty_items")).hasSize(8);
		assertThat(rows(assembly, "duties", "units")).extracting(r -> r.text("name"))
			.containsExactly("赵县公安局", "河北省赵县公安交通警察大队");
		List<TableContent> duties = tables(assembly, "performance", "duty_activities");
		assertThat(duties).hasSize(2);
		assertThat(duties.get(1).getUnitCode()).as("赵县交警大队 is the traffic police of the importing department")
			.isEqualTo("312006");
		RowContent activity = duties.get(0)
			.getRows()
			.stream()
			.filter(r -> "巡逻防控".equals(r.text("name")))
			.findFirst()
			.orElseThrow();
		assertThat(activity.getLevel()).isEqualTo(1);
		assertThat(activity.text("budget")).isEqualTo("230.00");
		assertThat(duties.get(0).getRows().get(1).cell("name").isConfidential()).isTrue();
		List<TableContent> assets = tables(assembly, "assets", "asset_holdings");
		assertThat(assets).extracting(TableContent::getUnitOfMeasure).containsExactly("元", "万元");
		assertThat(assets.get(0).getHeader().get("as_of").getValue()).isEqualTo("2016年12月31日");
		assertThat(Placed.part(assembly, "other_matters").getFields().get("other_text").getValue())
			.isEqualTo("无其他需要说明的事项。");
	}

	@Test
	void pingxiang2020ReadsProjectTablesAndProcurementRoles() {
		Assembly assembly = Seeds.assemble(Seeds.text(Seeds.PINGXIANG_2020));
		List<TableContent> projects = tables(assembly, "performance", "project_performance");
		assertThat(projects).hasSize(36);
		TableContent first = projects.get(0);
		assertThat(first.getTitle()).isEqualTo("1、110报警专线及视频调度指挥维保费f绩效目标表");
		assertThat(first.getHeader().get("goals").getValue()).startsWith("1、顺利完成").contains("\n2、保证全年");
		assertThat(first.getRows()).hasSize(9).allSatisfy(r -> assertThat(r.text("level1")).isNotNull());
		assertThat(projects.get(2).getRows().get(0).cell("name").isConfidential()).isTrue();
		TableContent procurement = tables(assembly, "procurement", "procurement_items").get(0);
		assertThat(procurement.getRows()).extracting(RowContent::getRole).startsWith("TOTAL", "SUBTOTAL", null);
		assertThat(procurement.getRows()).filteredOn(r -> "交警队小计".equals(r.text("project_name"))).hasSize(1);
		TableContent assets = tables(assembly, "assets", "asset_holdings").get(0);
		assertThat(assets.getRows()).extracting(RowContent::getKey)
			.containsExactly("total", "buildings", "buildings_office", "vehicles", "equipment", "other");
		assertThat(assets.getRows().get(2).text("value")).as("a row Word broke in two is joined").isEqualTo("2781.26");
		assertThat(rows(assembly, "glossary", "glossary")).hasSize(10)
			.first()
			.satisfies(r -> assertThat(r.text("term")).isEqualTo("1、一般公共预算拨款收入"));
	}

	@Test
	void weixian2020ReadsDutyActivitiesWithoutBudgetColumn() {
		Assembly assembly = Seeds.assemble(Seeds.text(Seeds.WEIXIAN_2020));
		TableContent duties = tables(assembly, "performance", "duty_activities").get(0);
		assertThat(duties.getUnitOfMeasure()).isEqualTo("万元");
		RowContent second = duties.getRows()
			.stream()
			.filter(r -> "二、打击防范违法犯罪活动".equals(r.text("name")))
			.findFirst()
			.orElseThrow();
		assertThat(second.getLevel()).isZero();
		assertThat(second.text("goal")).as("the row Word broke at a blank line").isEqualTo("维护国家安全和政治稳定。");
		assertThat(rows(assembly, "performance", "duty_goals")).hasSize(18)
			.first()
			.satisfies(r -> assertThat(r.text("title")).isEqualTo("（1）指挥通信、公安信息化建设职责"));
		assertThat(Placed.part(assembly, "duties").getFields().get("organisation").getValue()).startsWith("4个内设机构");
		assertThat(assembly.report().unplaced()).extracting(ImportReport.Unplaced::reason)
			.containsExactly("import.unplaced.preamble", "import.unplaced.noise");
	}

	static List<TableContent> tables(Assembly assembly, String part, String table) {
		PartContent content = Placed.part(assembly, part);
		return content.tables(table);
	}

	static List<RowContent> rows(Assembly assembly, String part, String table) {
		return tables(assembly, part, table).get(0).getRows();
	}

}
