package cn.budget.checks;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import cn.budget.disclosure.DisclosureDocument;

/**
 * Test data transcribed by hand from shared/seeds/001_1e20de4cb34b5e42.txt
 * (平乡县公安局2020年部门预算 信息公开): its figures and the sentences that state them, as a drafter
 * would type them in, and its 36 project performance tables
 * (src/test/resources/checks/seed-001-project-tables.txt). The operating funds are stated
 * only in part 三's text, as in the seed: "共计安排657.2元".
 */
final class Seed001Figures {

	static final String OVERVIEW_TEXT = """
			1、收入说明
			反应本部门当年全部收入。2020年预算收入8319.42万元，其中：一般公共预算收入8319.42万元，基金预算收入0万元，财政专户核拨收入0万元，其他来源收入0万元。
			2、支出说明
			收支预算总表支出栏、基本支出表、项目支出表按经济分类和支出功能分类科目编制，反映公安局年度部门预算中支出预算的总体情况。2020年部门支出预算为8319.42万元，其中基本支出4529.49万元，包括人员经费3872.29 万元和日常公用经费657.2万元；项目支出3789.93 万元。主要是打击防范各类违法犯罪案件和公安科学技术建设支出。
			3、比上年增减情况
			2020年，部门预算收支安排8319.42万元，较2019年减少902.24万元。其中：基本支出增加609.16万元，主要是按政策调整人员经费和日常公用经费；项目支出减少1511.4万元。主要是比上年减少基础建设项目支出。""";

	static final String OPERATING_FUNDS_TEXT = "2020年，我部门机关运行经费共计安排657.2元，主要用于保证机关正常运转的办公费、印刷费、邮电费、差旅费、会议费、专用材料费、办公用房水电费、办公用房取暖费、日常维修费、物业管理费、公务车运行维护费等支出。";

	static final String THREE_PUBLIC_TEXT = "2020年，我部门财政拨款“三公”经费预算安排55.05万元，其中：因公出国（境）费0万元；公务用车购置及运维费53.6万元（其中：公务用车运行维护费35.6万元，公务用车购置费18万元)；公务接待费1.45万元。“三公”经费比上年增加10万元，增加主要原因交警大队计划新增两辆执法执勤用车。";

	static final String ASSETS_TEXT = "公安部门上年末固定资产金额为6811.69万元。公安部门本年度拟新增固定资产总额为1794.5万元，其中公安局761.5万元；交警队516.5万元。主要为警务专用设备、办公设备、警务用车、公共安全用房基建和交通安全设施等,已列入政府采购预算，详见政府采购预算表。";

	private Seed001Figures() {
	}

	static DisclosureDocument document() {
		return Docs.budget(2020, Seed001Figures::dutiesAndOverview, Seed001Figures::operatingFundsThreePublicAndGoals,
				Seed001Figures::projectPerformance, Seed001Figures::procurement, Seed001Figures::assets,
				Seed001Figures::glossaryAndOtherMatters);
	}

	private static void dutiesAndOverview(Docs docs) {
		docs.field("duties", "duties_intro", "根据《公安局职能配置、内设机构和人员编制规定》， 公安局的主要职责是：")
			.table("duties", "units",
					t -> t.row("name", "平乡县公安局", "nature", "行政", "rank", "正科级", "funding", "财政拨款")
						.row("name", "平乡县公安局交通警察大队", "nature", "行政", "rank", "正科级", "funding", "财政拨款")
						.row("name", "平乡县看守所", "nature", "行政", "rank", "股级", "funding", "财政拨款"))
			.table("overview", "budget_overview",
					t -> t.fixed("revenue_total", "current", "8319.42", "change", "-902.24")
						.fixed("revenue_general", "current", "8319.42")
						.fixed("revenue_fund", "current", "0")
						.fixed("revenue_special", "current", "0")
						.fixed("revenue_other", "current", "0")
						.fixed("expenditure_total", "current", "8319.42", "change", "-902.24")
						.fixed("basic", "current", "4529.49", "change", "609.16", "reason", "按政策调整人员经费和日常公用经费")
						.fixed("personnel", "current", "3872.29")
						.fixed("public_operating", "current", "657.2")
						.fixed("project", "current", "3789.93", "change", "-1511.4", "reason", "比上年减少基础建设项目支出"))
			.field("overview", "overview_text", OVERVIEW_TEXT);
	}

	private static void operatingFundsThreePublicAndGoals(Docs docs) {
		docs.field("operating_funds", "operating_funds_text", OPERATING_FUNDS_TEXT)
			.table("three_public", "three_public",
					t -> t.fixed("total", "current", "55.05", "change", "10", "reason", "交警大队计划新增两辆执法执勤用车")
						.fixed("overseas", "current", "0")
						.fixed("vehicles", "current", "53.6")
						.fixed("vehicle_purchase", "current", "18")
						.fixed("vehicle_operation", "current", "35.6")
						.fixed("reception", "current", "1.45"))
			.field("three_public", "three_public_text", THREE_PUBLIC_TEXT)
			.field("performance", "overall_goal", "认真贯彻党的十九大精神……")
			.table("performance", "duty_goals", t -> t.row("title", "（1）预防和打击危害国家安全行为。", "goal",
					"及时发现情报线索，有效防范影响政治安全的重大敏感事件。", "indicators", "发现核查情报线索要比去年同期增长20%，重点人、重点阵地控制率达到95%以上。"));
	}

	private static void projectPerformance(Docs docs) {
		projectTables().forEach(table -> docs.table("performance", "project_performance", table::fill));
	}

	private static void procurement(Docs docs) {
		docs.field("procurement", "procurement_total", "1621")
			.field("procurement", "procurement_text", "2020年，我部门安排政府采购预算 1621万元，其中：公安局小计761.5万元；交警队小计859.5万元，具体内容见下表。")
			.table("procurement", "procurement_items", Seed001Procurement::fill);
	}

	private static void assets(Docs docs) {
		docs.field("assets", "assets_text", ASSETS_TEXT)
			.table("assets", "asset_holdings",
					t -> t.header("as_of", "2019-12-31", "preparer", "公安部门")
						.fixed("total", "value", "6811.69")
						.fixed("buildings", "quantity", "23278.31", "value", "2781.26")
						.fixed("buildings_office", "quantity", "23278.31", "value", "2781.26")
						.fixed("vehicles", "quantity", "38", "value", "378.8")
						.fixed("equipment", "value", "523.59")
						.fixed("other", "value", "3128.04"))
			.field("assets", "planned_assets_total", "1794.5")
			.table("assets", "planned_assets",
					t -> t.row("unit_name", "公安局", "amount", "761.5").row("unit_name", "交警队", "amount", "516.5"));
	}

	private static void glossaryAndOtherMatters(Docs docs) {
		docs.table("glossary", "glossary",
				t -> t.row("term", "一般公共预算拨款收入", "definition", "指县级财政当年拨付的资金。")
					.row("term", "基本支出", "definition", "指为保障机构正常运转、完成日常工作任务而发生的人员支出和公用支出。"))
			.field("other_matters", "other_text", "我部门无其他需要说明的事项。");
	}

	/** One transcribed project table. */
	record ProjectTable(String unitCode, String title, List<String[]> rows) {

		void fill(Docs.Table t) {
			t.unitCode(unitCode).title(title);
			for (String[] r : rows) {
				t.row("level1", r[0], "level2", r[1], "name", r[2], "description", r[3], "target", r[4], "basis", r[5]);
			}
		}

	}

	/** The 36 project performance tables of the seed, in order. */
	static List<ProjectTable> projectTables() {
		try (InputStream in = Seed001Figures.class.getResourceAsStream("/checks/seed-001-project-tables.txt")) {
			String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
			List<ProjectTable> tables = new java.util.ArrayList<>();
			for (String line : text.split("\n")) {
				if (line.startsWith("==")) {
					String[] head = line.substring(2).split("\\|", 2);
					tables.add(new ProjectTable(head[0].strip(), head[1].strip(), new java.util.ArrayList<>()));
				}
				else if (!line.startsWith("#") && !line.isBlank()) {
					String[] cells = line.split("\\|", -1);
					tables.get(tables.size() - 1)
						.rows()
						.add(java.util.Arrays.stream(cells).map(String::strip).toArray(String[]::new));
				}
			}
			return tables;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
