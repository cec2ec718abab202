package cn.budget.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import cn.budget.disclosure.RowContent;
import cn.budget.disclosure.TableContent;
import cn.budget.exchange.placing.Assembly;
import cn.budget.exchange.recognising.ImportReport;
import org.junit.jupiter.api.Test;

/**
 * Documents of the same kinds written differently from the three seeds: other numbering,
 * field-code residue, units per table, funds split further, blank spending-plan cells,
 * other column spellings, and the performance-target template.
 */
class SyntheticDocumentTests {

	@Test
	void partsNumberedAsChaptersWithFieldCodeResidueAreFound() {
		Assembly assembly = Seeds.assemble(String.join("\n", "某县民政局2024年部门预算信息公开", "",
				"第一部分 部门职责及机构设置情况 TC 第一部分 部门职责 \\f A \\l 1", "主要职责：", "1. 贯彻执行民政法规。", "2. 负责社会救助工作。", "第二部分　部门预算安排总体情况",
				"2024年收入预算共计1200.5万元。", "第八部分 名词解释", "1.基本支出：指保障机构正常运转的支出。", "第九部分 其他需要说明的事项", "无。"));
		assertThat(assembly.draft().template().code()).isEqualTo("BUDGET");
		assertThat(SeedImportTests.rows(assembly, "duties", "duty_items")).extracting(r -> r.text("text"))
			.containsExactly("1. 贯彻执行民政法规。", "2. 负责社会救助工作。");
		assertThat(Placed.part(assembly, "overview").getFields().get("overview_text").getValue())
			.isEqualTo("2024年收入预算共计1200.5万元。");
		assertThat(SeedImportTests.rows(assembly, "glossary", "glossary")).singleElement()
			.satisfies(r -> assertThat(r.text("definition")).isEqualTo("指保障机构正常运转的支出。"));
		assertThat(Placed.part(assembly, "other_matters").getFields().get("other_text").getValue()).isEqualTo("无。");
		assertThat(assembly.report().unplaced()).isEmpty();
	}

	@Test
	void aProjectTableWithItsFullHeaderIsRead() {
		Assembly assembly = Seeds.assemble(String.join("\n", "县教育局2025年部门预算绩效文本", "", "一、部门整体绩效目标", "（一）总体绩效目标",
				"办好人民满意的教育。", "（二）工作保障措施", "1、加强预算管理。", "二、预算项目绩效目标", "1、营养改善计划项目支出绩效目标表", "\t305001 县教育局本级",
				"\t金额单位：元", "", "\t项目编码", "\t451-0401-YZN-Y5U1", "\t项目名称", "\t营养改善计划", "", "\t预算总额", "\t850000",
				"\t其中：财政资金", "\t800000", "\t其他资金", "\t50000", "", "\t本级资金", "\t300000", "\t上级资金", "\t500000", "",
				"\t资金用途", "\t学生营养餐补助", "", "\t资金支出计划", "\t3月底", "\t6月底", "\t10月底", "\t12月底", "", "\t", "\t25%", "\t",
				"\t", "\t100%", "", "\t年度绩效目标", "\t1、惠及学生3000人。", "", "\t一级指标", "\t二级指标", "\t指标名称", "\t指标内容", "\t目标值",
				"\t确定依据", "", "\t产出指标", "\t数量指标", "\t受益学生人数", "\t享受营养餐的学生", "\t≥3000人", "\t实施方案", "", "\t", "\t质量指标",
				"\t食品安全事故", "\t发生次数", "\t=0次", "\t实施方案"));
		assertThat(assembly.draft().template().code()).isEqualTo("PERFORMANCE");
		TableContent project = Placed.part(assembly, "project_performance").getTables().get(0);
		assertThat(project.getTitle()).isEqualTo("1、营养改善计划项目支出绩效目标表");
		assertThat(project.getUnitCode()).isEqualTo("312001");
		assertThat(project.getUnitOfMeasure()).isEqualTo("元");
		assertThat(project.getHeader()).extractingFromEntries(e -> e.getKey() + "=" + e.getValue().getValue())
			.contains("project_code=451-0401-YZN-Y5U1", "budget_total=850000", "fiscal_funds=800000",
					"fiscal_own=300000", "fiscal_higher=500000", "other_funds=50000", "purpose=学生营养餐补助",
					"plan_march=25%", "plan_december=100%", "goals=1、惠及学生3000人。")
			.noneMatch(s -> String.valueOf(s).startsWith("plan_june"));
		assertThat(project.getRows()).extracting(r -> r.text("level1")).containsExactly("产出指标", "产出指标");
		assertThat(project.getRows().get(1).text("target")).isEqualTo("=0次");
		assertThat(Placed.part(assembly, "overall_performance").getTables()).extracting(TableContent::getKey)
			.contains("safeguards");
	}

	@Test
	void columnsSpelledOtherwiseAndUnitsInHeadersAreRead() {
		Assembly assembly = Seeds.assemble(String.join("\n", "某县2024年部门预算信息公开", "一、部门职责及机构设置情况", "维护治安。", "六、政府采购预算情况",
				"政府采购预算表", "\t项目来源", "\t品目名称", "\t品目编码", "\t计量单位", "\t采购数量", "\t单价（元）", "\t采购金额（元）", "", "\t办公设备采购",
				"\t台式计算机", "\tA02010104", "\t台", "\t10", "\t5000", "\t50000", "", "\t　　小计", "\t", "\t", "\t", "\t",
				"\t", "\t50000"));
		TableContent table = Placed.part(assembly, "procurement").tables("procurement_items").get(0);
		assertThat(table.getUnitOfMeasure()).isEqualTo("元");
		RowContent item = table.getRows().get(0);
		assertThat(List.of(item.text("project_name"), item.text("item_name"), item.text("catalogue_code"),
				item.text("quantity"), item.text("unit_price"), item.text("amount")))
			.containsExactly("办公设备采购", "台式计算机", "A02010104", "10", "5000", "50000");
		assertThat(table.getRows().get(1).getRole()).isEqualTo("SUBTOTAL");
	}

	@Test
	void whatFindsNoPlaceIsReportedLineByLine() {
		Assembly assembly = Seeds.assemble(String.join("\n", "某县2024年部门预算信息公开", "\t孤立的表格", "", "一、部门职责及机构设置情况", "维护治安。",
				"\t天气", "\t温度", "", "\t晴", "\t25", "", "三、机关运行经费安排情况", "机关运行经费：一百万元"));
		assertThat(assembly.report().unplaced()).extracting(ImportReport.Unplaced::line, ImportReport.Unplaced::reason)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(2, "import.unplaced.beforeParts"),
					org.assertj.core.groups.Tuple.tuple(6, "import.unplaced.table"),
					org.assertj.core.groups.Tuple.tuple(9, "import.unplaced.table"),
					org.assertj.core.groups.Tuple.tuple(13, "import.unplaced.invalid"));
	}

}
