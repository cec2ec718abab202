package cn.budget.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import cn.budget.checks.Finding;
import cn.budget.checks.ShippedChecks;
import cn.budget.disclosure.TableContent;
import cn.budget.exchange.placing.Assembly;
import org.junit.jupiter.api.Test;

/**
 * Recognition of documents written otherwise than the seeds, one small document per case:
 * Word's field residue, part headings numbered at another level, unnumbered or in another
 * order, a project's head laid out as label lines, and dates as indicator targets.
 */
class RecognitionTests {

	private static String doc(String... lines) {
		return String.join("\n", lines);
	}

	@Test
	void fieldResidueIsNeitherTextNorAnEndOfTable() {
		Assembly assembly = Seeds.assemble(doc("某县民政局2024年部门预算信息公开", "PAGE \\* MERGEFORMAT",
				"HYPERLINK \\l \"_Toc101\" 一、部门职责及机构设置情况{ PAGEREF _Toc101 \\h }", "维护社会稳定。", "{ PAGE }", "二、部门预算安排总体情况",
				"2024年收入预算共计1200.5万元。 HYPERLINK \"http://czj.example.gov.cn\" ", "三、机关运行经费安排情况", "机关运行经费安排300万元。"));
		assertThat(Placed.part(assembly, "duties").getFields().get("duties_intro").getValue()).isEqualTo("维护社会稳定。");
		assertThat(Placed.part(assembly, "overview").getFields().get("overview_text").getValue())
			.isEqualTo("2024年收入预算共计1200.5万元。");
		assertThat(assembly.draft().title()).isEqualTo("某县民政局2024年部门预算信息公开");
		assertThat(assembly.report().unplaced()).isEmpty();
	}

	@Test
	void aSpendingPlanWithDoubledPercentSignsIsRead() {
		Assembly assembly = Seeds.assemble(performanceText("\t资金支出计划", "\t3月底", "\t6月底", "\t10月底", "\t12月底", "", "\t",
				"\t25%%", "\t５０%", "\t", "\t100%%", ""));
		TableContent project = Placed.part(assembly, "project_performance").getTables().get(0);
		assertThat(project.getHeader()).extractingFromEntries(e -> e.getKey() + "=" + e.getValue().getValue())
			.contains("plan_march=25%", "plan_june=50%", "plan_december=100%");
		assertThat(assembly.report().unplaced()).isEmpty();
	}

	@Test
	void partsNumberedAtAnotherLevelOrNotAtAllAreFound() {
		for (List<String> numerals : List.of(List.of("1. ", "2. ", "3. "), List.of("（一）", "（二）", "（三）"),
				List.of("", "", ""))) {
			Assembly assembly = Seeds
				.assemble(doc("某县民政局2024年部门预算信息公开", numerals.get(0) + "部门职责及机构设置情况", "1、负责社会救助工作。", "2、承办县政府交办的其他事项。",
						numerals.get(1) + "部门预算安排总体情况", "2024年收入预算共计1200.5万元。", numerals.get(2) + "其他需要说明的事项", "无。"));
			assertThat(Placed.part(assembly, "overview").getFields().get("overview_text").getValue())
				.as(numerals.toString())
				.isEqualTo("2024年收入预算共计1200.5万元。");
			assertThat(Placed.part(assembly, "other_matters").getFields().get("other_text").getValue()).isEqualTo("无。");
			assertThat(SeedImportTests.rows(assembly, "duties", "duty_items")).as(numerals.toString()).hasSize(2);
		}
	}

	@Test
	void partsInAnotherOrderAreFound() {
		Assembly assembly = Seeds.assemble(doc("某县民政局2024年部门预算信息公开", "一、部门预算安排总体情况", "2024年收入预算共计1200.5万元。",
				"二、部门职责及机构设置情况", "负责社会救助工作。", "三、机关运行经费安排情况", "机关运行经费安排300万元。"));
		assertThat(Placed.part(assembly, "overview").getFields().get("overview_text").getValue())
			.isEqualTo("2024年收入预算共计1200.5万元。");
		assertThat(Placed.part(assembly, "duties").getFields().get("duties_intro").getValue()).isEqualTo("负责社会救助工作。");
		assertThat(Placed.part(assembly, "operating_funds").getFields().get("operating_funds_text").getValue())
			.isEqualTo("机关运行经费安排300万元。");
	}

	@Test
	void aProjectHeadOfLabelLinesKeepsItsAmounts() {
		Assembly assembly = Seeds.assemble(performanceText("\t项目名称", "\t社区养老服务", "", "\t预算规模及资金用途", "\t预算数", "\t120.5",
				"\t其中：财政资金", "\t110.5", "\t其他资金", "\t10", "", "\t", "\t资金用途", "\t居家养老上门服务补助", ""));
		TableContent project = Placed.part(assembly, "project_performance").getTables().get(0);
		assertThat(project.getHeader()).extractingFromEntries(e -> e.getKey() + "=" + e.getValue().getValue())
			.contains("project_name=社区养老服务", "budget_total=120.5", "fiscal_funds=110.5", "other_funds=10",
					"purpose=居家养老上门服务补助");
		assertThat(assembly.report().unplaced()).isEmpty();
		List<Finding> findings = ShippedChecks.of(SeedTextFindingsTests.document(assembly, 2024));
		assertThat(findings).noneMatch(f -> f.rule().equals("completeness.required-part"));
	}

	@Test
	void aProjectHeadOfLabelLinesInTheTextKeepsItsAmounts() {
		Assembly assembly = Seeds.assemble(doc("某县民政局2024年部门预算绩效文本", "一、部门整体绩效目标", "（一）总体绩效目标", "提高养老服务水平。",
				"二、预算项目绩效目标", "1、社区养老服务项目", "预算规模及资金用途", "预算数：120.5万元", "其中：财政资金：110.5万元", "其他资金：10万元",
				"资金用途：居家养老上门服务补助。", "\t一级指标", "\t二级指标", "\t三级指标", "\t指标值", "", "\t产出指标", "\t数量指标", "\t服务人数", "\t≥300人",
				"", "2、老年食堂项目", "预算数：50万元", "资金用途：老年食堂运营补助"));
		List<TableContent> projects = Placed.part(assembly, "project_performance").getTables();
		assertThat(projects).extracting(TableContent::getTitle).containsExactly("1、社区养老服务项目", "2、老年食堂项目");
		assertThat(projects.get(0).getHeader()).extractingFromEntries(e -> e.getKey() + "=" + e.getValue().getValue())
			.containsExactlyInAnyOrder("budget_total=120.5万元", "fiscal_funds=110.5万元", "other_funds=10万元",
					"purpose=居家养老上门服务补助。");
		assertThat(projects.get(0).getRows()).hasSize(1);
		assertThat(projects.get(1).getHeader()).extractingFromEntries(e -> e.getKey() + "=" + e.getValue().getValue())
			.containsExactlyInAnyOrder("budget_total=50万元", "purpose=老年食堂运营补助");
		assertThat(assembly.report().unplaced()).isEmpty();
	}

	@Test
	void aMonthAsTargetIsADateNotTheNumberOfTheMonth() {
		Assembly assembly = Seeds
			.assemble(performanceText("\t项目名称", "\t社区养老服务", "\t预算数", "\t120.5", "", "\t一级指标", "\t二级指标", "\t三级指标",
					"\t指标解释", "\t指标值", "", "\t产出指标", "\t时效指标", "\t服务完成时间", "\t12月底前全部完成上门服务", "\t10月底", ""));
		TableContent project = Placed.part(assembly, "project_performance").getTables().get(0);
		assertThat(project.getRows()).singleElement().satisfies(r -> assertThat(r.text("target")).isEqualTo("10月底"));
		assertThat(ShippedChecks.of(SeedTextFindingsTests.document(assembly, 2024)))
			.noneMatch(f -> f.rule().startsWith("indicator."));
	}

	@Test
	void aTargetTableOnItsOwnIsAPerformanceDocument() {
		Assembly assembly = Seeds.assemble(doc("县民政局2024年社区养老服务项目支出绩效目标表", "\t项目名称", "\t社区养老服务", "\t预算数", "\t120.5", "",
				"\t一级指标", "\t二级指标", "\t三级指标", "\t指标值", "", "\t产出指标", "\t数量指标", "\t服务人数", "\t≥300人", ""));
		assertThat(assembly.draft().template().code()).isEqualTo("PERFORMANCE");
		assertThat(Placed.part(assembly, "project_performance").getTables()).singleElement()
			.satisfies(t -> assertThat(t.getRows()).hasSize(1));
		assertThat(assembly.report().unplaced()).isEmpty();
	}

	private static String performanceText(String... projectTable) {
		return doc("某县民政局2024年部门预算绩效文本", "一、部门整体绩效目标", "（一）总体绩效目标", "提高养老服务水平。", "（二）工作保障措施", "1、加强预算管理。", "二、预算项目绩效目标",
				"1、社区养老服务项目绩效目标表", String.join("\n", projectTable));
	}

}
