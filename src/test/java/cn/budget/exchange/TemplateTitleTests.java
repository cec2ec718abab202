package cn.budget.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import cn.budget.checks.ShippedChecks;
import cn.budget.exchange.placing.Assembly;
import org.junit.jupiter.api.Test;

/**
 * The kind of a document comes from its title first: a performance text whose headings a
 * budget disclosure also has (基本情况, 绩效) is a performance text, and gets no "part missing"
 * errors of the nine-part template.
 */
class TemplateTitleTests {

	private static final String PERFORMANCE_TEXT = String.join("\n", "某县卫生健康局2023年部门预算绩效文本", "", "一、部门基本情况",
			"县卫生健康局负责全县卫生健康工作。", "二、部门整体绩效目标", "（一）总体绩效目标", "提高全县居民健康水平。", "（二）工作保障措施", "1、加强预算绩效管理。", "三、预算项目绩效目标",
			"1、基本公共卫生服务项目绩效目标表", "\t项目名称", "\t基本公共卫生服务", "\t预算数", "\t120.5");

	@Test
	void aPerformanceTextIsRecognisedFromItsTitle() {
		Assembly assembly = Seeds.assemble(PERFORMANCE_TEXT);
		assertThat(assembly.draft().template().code()).isEqualTo("PERFORMANCE");
		var document = SeedTextFindingsTests.document(assembly, 2023);
		// Not eight "part missing" errors of the nine-part template; the project header
		// written as label
		// lines (项目名称 / 预算数 / an amount) is a project table of its own, so no part is
		// missing.
		assertThat(ShippedChecks.of(document)).filteredOn(f -> f.rule().equals("completeness.required-part"))
			.extracting(cn.budget.checks.Finding::part)
			.isEmpty();
	}

	@Test
	void aBudgetDisclosureStaysOneWhenItsTitleSaysSo() {
		for (String seed : Seeds.ALL) {
			assertThat(Seeds.assemble(Seeds.text(seed)).draft().template().code()).isEqualTo("BUDGET");
		}
		Assembly assembly = Seeds.assemble(PERFORMANCE_TEXT.replace("部门预算绩效文本", "部门预算信息公开"));
		assertThat(assembly.draft().template().code()).isEqualTo("BUDGET");
	}

}
