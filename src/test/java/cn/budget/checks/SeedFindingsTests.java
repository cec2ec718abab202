package cn.budget.checks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import cn.budget.disclosure.DisclosureDocument;
import org.junit.jupiter.api.Test;

/**
 * The three real disclosures of shared/seeds (transcribed in Seed00xFigures): the figures
 * that agree raise no error, and every real inconsistency a reviewer would want is found
 * at its part with both figures.
 */
class SeedFindingsTests {

	private static List<String> errors(DisclosureDocument document) {
		return Docs.check(document).stream().filter(f -> f.severity() == Severity.ERROR).map(Finding::rule).toList();
	}

	private static Finding only(DisclosureDocument document, String rule) {
		List<Finding> findings = Docs.check(document, rule);
		assertThat(findings).as(rule).hasSize(1);
		return findings.get(0);
	}

	@Test
	void theSeedsAreCompleteSoNothingBlocksTheirSubmission() {
		for (DisclosureDocument seed : List.of(Seed000Figures.document(), Seed001Figures.document(),
				Seed002Figures.document())) {
			assertThat(DisclosureChecks.blocking(Docs.check(seed))).isEmpty();
		}
	}

	@Test
	void seed000SourcesOfRevenueExceedTheStatedTotalByTheCarryOver() {
		DisclosureDocument seed = Seed000Figures.document();
		assertThat(errors(seed)).containsExactlyInAnyOrder("sum.budget-expenditure", "indicator.direction");
		Finding total = only(seed, "sum.budget-expenditure");
		assertThat(total.part()).isEqualTo("overview");
		assertThat(total.expected()).isEqualTo("6,501.30万元");
		assertThat(total.actual()).isEqualTo("5,909.00万元");
	}

	@Test
	void seed000GradesANegativeOpinionRateAsIfMoreWereBetter() {
		Finding direction = only(Seed000Figures.document(), "indicator.direction");
		assertThat(direction.args()).startsWith("负面舆情事件发生率。", "发生率", "≤");
		assertThat(direction.anchor()).isEqualTo("c-0-12-excellent");
		assertThat(only(Seed000Figures.document(), "indicator.grading-order").args()).startsWith("事故处理办结率");
	}

	@Test
	void seed000AgreesOnThreePublicExpensesProcurementAndTheBureausAssets() {
		List<Finding> findings = Docs.check(Seed000Figures.document());
		assertThat(findings).filteredOn(f -> f.part().equals("three_public")).isEmpty();
		assertThat(findings).filteredOn(f -> f.part().equals("procurement"))
			.extracting(Finding::severity)
			.containsOnly(Severity.INFO);
		assertThat(findings).filteredOn(f -> f.rule().equals("arithmetic.rounding"))
			.extracting(Finding::actual)
			.containsExactly("8.92万元", "853.46万元");
		assertThat(only(Seed000Figures.document(), "text.change-reason").actual()).startsWith("项目经费减少500万元");
	}

	@Test
	void seed001StatesItsOperatingFundsInYuanInADocumentInTenThousands() {
		DisclosureDocument seed = Seed001Figures.document();
		assertThat(errors(seed)).containsExactlyInAnyOrder("figure.operating-funds", "indicator.direction",
				"sum.planned-assets");
		Finding funds = only(seed, "figure.operating-funds");
		assertThat(funds.messageKey()).isEqualTo("checks.rule.figure.operating-funds.unit");
		assertThat(funds.part()).isEqualTo("operating_funds");
		assertThat(funds.expected()).isEqualTo("657.20万元");
		assertThat(funds.actual()).isEqualTo("657.20元");
	}

	@Test
	void seed001RanksItsImmigrationOfficeAtLeastEighth() {
		Finding ranking = only(Seed001Figures.document(), "indicator.direction");
		assertThat(ranking.actual()).isEqualTo("≥8名次");
		assertThat(ranking.expected()).isEqualTo("≤");
		assertThat(ranking.part()).isEqualTo("performance");
	}

	@Test
	void seed001PlansNewAssetsThatItsUnitsDoNotAddUpTo() {
		Finding planned = only(Seed001Figures.document(), "sum.planned-assets");
		assertThat(planned.expected()).isEqualTo("1,278.00万元");
		assertThat(planned.actual()).isEqualTo("1,794.50万元");
	}

	@Test
	void seed001MeasuresIndicatorsInOtherUnitsThanTheirNamesSay() {
		assertThat(Docs.check(Seed001Figures.document(), "indicator.unit")).extracting(f -> f.args().get(0))
			.containsExactly("装备购置完成率（辆）", "交通事故处置及时性（小时）", "交通事故处置及时性（小时）");
		assertThat(Docs.check(Seed001Figures.document(), "indicator.category")).extracting(f -> f.args().get(0))
			.contains("产权明晰度(％)", "财政资金预算支出完成率", "综合业务排名", "维护社会维稳");
	}

	@Test
	void seed001AgreesOnItsOverviewThreePublicExpensesProcurementAndAssetRows() {
		List<Finding> findings = Docs.check(Seed001Figures.document());
		assertThat(findings).filteredOn(f -> List.of("overview", "three_public", "procurement").contains(f.part()))
			.isEmpty();
		assertThat(findings).filteredOn(f -> f.rule().equals("sum.assets")).isEmpty();
	}

	@Test
	void seed002ExplainsAnIncreaseWithChangesThatAddUpToADecrease() {
		DisclosureDocument seed = Seed002Figures.document();
		assertThat(errors(seed)).containsExactlyInAnyOrder("change.components", "text.change-direction",
				"indicator.direction");
		Finding components = only(seed, "change.components");
		assertThat(components.expected()).isEqualTo("-177.00万元");
		assertThat(components.actual()).isEqualTo("1,586.57万元");
		Finding wording = only(seed, "text.change-direction");
		assertThat(wording.actual()).isEqualTo("项目经费增加主要原因是");
		assertThat(wording.expected()).isEqualTo("-881.78万元");
	}

	@Test
	void seed002GradesAReductionRateAsIfLessWereBetter() {
		assertThat(only(Seed002Figures.document(), "indicator.direction").args()).startsWith("安全事故发生逐年降低率");
	}

	@Test
	void seed002AgreesOnTotalsThreePublicExpensesOperatingFundsAndAssets() {
		assertThat(Docs.check(Seed002Figures.document()))
			.filteredOn(f -> List.of("three_public", "operating_funds", "assets").contains(f.part()))
			.isEmpty();
	}

}
