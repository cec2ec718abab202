package cn.budget.checks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import cn.budget.disclosure.DisclosureDocument;
import org.junit.jupiter.api.Test;

/**
 * The narrative against its table: reasons for changes, the wording's direction, the
 * figures.
 */
class TextAgainstTableTests {

	private static DisclosureDocument overview(String text) {
		return Docs.budget(2020)
			.table("overview", "budget_overview",
					t -> t.fixed("personnel", "current", "4051.3", "change", "504.78")
						.fixed("project", "current", "6161.08", "change", "-881.78", "reason", "天网工程一期完工"))
			.field("overview", "overview_text", text)
			.build();
	}

	private static List<Finding> check(String text, String rule) {
		return Docs.check(overview(text), rule);
	}

	@Test
	void aSentenceThatStatesAChangeGivesAReasonInItOrTheNext() {
		assertThat(check("人员经费增加504.78万元，主要是正常晋职增资。", "text.change-reason")).isEmpty();
		assertThat(check("项目支出减少881.78万元。主要是天网工程一期完工。", "text.change-reason")).isEmpty();
		assertThat(check("因公出国（境）费减少。", "text.change-reason")).singleElement()
			.satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.WARNING));
	}

	@Test
	void theWordingPointsTheWayTheChangeGoes() {
		assertThat(check("项目经费减少881.78万元，主要是天网工程一期完工。", "text.change-direction")).isEmpty();
		assertThat(check("项目经费增加主要原因是天网工程增加投入。", "text.change-direction")).singleElement()
			.satisfies(f -> assertThat(f.expected()).isEqualTo("-881.78万元"));
	}

	@Test
	void theReasonColumnPointsTheWayTheChangeGoes() {
		DisclosureDocument document = Docs.budget(2020)
			.table("three_public", "three_public",
					t -> t.fixed("reception", "current", "1.31", "change", "-0.09", "reason", "接待任务增加"))
			.build();
		assertThat(Docs.check(document, "text.change-direction")).singleElement()
			.satisfies(f -> assertThat(f.anchor()).isEqualTo("c-0-0-reason"));
	}

	@Test
	void figuresInTheTextAreTheTablesWithinFivePerMille() {
		assertThat(check("其中人员经费支出预算4051.3万元，人员经费增加504.78万元，主要是晋职增资。", "text.figure")).isEmpty();
		assertThat(check("其中人员经费4051.34万元。", "text.figure")).isEmpty();
		assertThat(check("其中人员经费4015.3万元，项目支出6161.08元。", "text.figure")).extracting(Finding::messageKey)
			.containsExactly("checks.rule.text.figure", "checks.rule.text.figure.unit");
	}

	@Test
	void aLabelInsideALongerNameIsAnotherFigure() {
		assertThat(check("赵县韩村派出所建设项目经费70万元，交警项目支出688万元。", "text.figure")).isEmpty();
	}

}
