package cn.budget.checks;

import static org.assertj.core.api.Assertions.assertThat;

import cn.budget.disclosure.DisclosureDocument;
import org.junit.jupiter.api.Test;

/**
 * A spending plan is cumulative and ends at 100%.
 */
class SpendingPlanTests {

	private static DisclosureDocument plan(String march, String june, String october, String december) {
		return Docs.budget(2020)
			.table("performance", "project_performance",
					t -> t.header("plan_march", march, "plan_june", june, "plan_october", october, "plan_december",
							december))
			.build();
	}

	@Test
	void aCumulativePlanEndingAtAHundredRaisesNothing() {
		assertThat(Docs.check(plan("25", "50", "80", "100"), "plan.spending")).isEmpty();
		assertThat(Docs.check(plan("", "", "", ""), "plan.spending")).isEmpty();
	}

	@Test
	void aPlanThatGoesDownOrStopsShortIsAnError() {
		assertThat(Docs.check(plan("25", "20", "80", "90"), "plan.spending")).extracting(Finding::messageKey)
			.containsExactly("checks.rule.plan.spending.decreasing", "checks.rule.plan.spending.end");
		assertThat(Docs.check(plan("25", "50", "", ""), "plan.spending")).singleElement()
			.satisfies(f -> assertThat(f.anchor()).isEqualTo("h-0-plan_december"));
	}

}
