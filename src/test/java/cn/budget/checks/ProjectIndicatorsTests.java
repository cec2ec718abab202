package cn.budget.checks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import cn.budget.disclosure.DisclosureDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Project indicators: direction, unit, description against target, and level-2 category.
 */
class ProjectIndicatorsTests {

	private static List<Finding> indicator(String rule, String level2, String name, String description, String target) {
		DisclosureDocument document = Docs.budget(2020)
			.table("performance", "project_performance",
					t -> t.row("level1", "产出指标", "level2", level2, "name", name, "description", description, "target",
							target))
			.build();
		return Docs.check(document, rule);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			系统故障率(％)            | (系统出故障时间÷总运行时间)×100％ | ≤3百分比  | 0
			系统故障率(％)            | (系统出故障时间÷总运行时间)×100％ | ≥3百分比  | 1
			交通事故造成财产损失下降率   | 和上年同期相比的下降率            | ≥0.5%    | 0
			交通事故造成财产损失下降率   | 和上年同期相比的下降率            | ≤0.5%    | 1
			降低犯罪率                 | 当年犯罪率与上年比较下降          | ≥10百分比 | 0
			身份证制证废品率(%)        | 废品数占制证总数的比率（反向指标）   | ≤10百分比 | 0
			治安案件发案数（个）        | 全县平均每日治安案件发案数（反向指标）| ≥10个    | 1
			上级公安机关满意度          | 全市排名                        | 前8名     | 0
			综合业务排名               | 全市出入境管理大队综合业务排名     | ≥8名次    | 1
			用户使用满意度（%）         | 满意和较满意的比率               | ≥80百分比 | 0
			用户使用满意度（%）         | 满意和较满意的比率               | ≤80百分比 | 1
			""")
	void theTargetPointsTheWayTheIndicatorWants(String name, String description, String target, int findings) {
		assertThat(indicator("indicator.direction", "质量指标", name, description, target)).hasSize(findings);
	}

	@Test
	void aDirectionFindingNamesTheWordThatDecides() {
		assertThat(indicator("indicator.direction", "质量指标", "系统故障率(％)", "", "≥3%")).singleElement().satisfies(f -> {
			assertThat(f.args()).containsExactly("系统故障率(％)", "故障率", "≤");
			assertThat(f.anchor()).isEqualTo("c-0-0-target");
		});
	}

	@Test
	void theTargetIsInTheUnitTheNameDeclares() {
		assertThat(indicator("indicator.unit", "时效指标", "交通事故处置及时性（分钟）", "", "≤45分钟")).isEmpty();
		assertThat(indicator("indicator.unit", "质量指标", "受益对象满意度(%", "", "≥90百分比")).isEmpty();
		assertThat(indicator("indicator.unit", "时效指标", "交通事故处置及时性（小时）", "", "≤45分钟")).singleElement()
			.satisfies(f -> assertThat(f.expected()).isEqualTo("小时"));
	}

	@Test
	void aNumberTheDescriptionStatesInTheTargetsUnitMeetsTheTarget() {
		assertThat(indicator("indicator.description-number", "数量指标", "人均补助标准", "每人每月710元", "≥700元")).isEmpty();
		assertThat(indicator("indicator.description-number", "数量指标", "一线岗位协勤在岗人数", "落实102名协勤一线岗位", "102人")).isEmpty();
		assertThat(indicator("indicator.description-number", "质量指标", "警单签收及时率", "下达后5分钟内及时签收的比率", "≥90%")).isEmpty();
		assertThat(indicator("indicator.description-number", "数量指标", "补助民警人数", "享受补助的现任正式民警150人", "≥160人"))
			.singleElement()
			.satisfies(f -> assertThat(f.args()).containsExactly("150人", "≥160人"));
	}

	@Test
	void theIndicatorFitsItsLevel2Category() {
		assertThat(indicator("indicator.category", "时效指标", "补助金发放及时率(%)", "是否当年及时发放", "≥90%")).isEmpty();
		assertThat(indicator("indicator.category", "成本指标", "设备成本（万元）", "购置的成本", "≤11万元")).isEmpty();
		assertThat(indicator("indicator.category", "时效指标", "项目完成", "", "2020年6月底前")).isEmpty();
		assertThat(indicator("indicator.category", "成本指标", "产权明晰度(％)", "实际建设的办公场所数占比", "≥95%")).singleElement()
			.satisfies(f -> {
				assertThat(f.severity()).isEqualTo(Severity.WARNING);
				assertThat(f.anchor()).isEqualTo("c-0-0-level2");
			});
	}

}
