package cn.budget.checks;

import static org.assertj.core.api.Assertions.assertThat;

import cn.budget.disclosure.DisclosureDocument;
import org.junit.jupiter.api.Test;

/**
 * Planned assets against the units' plans; a duty's budget against its activities'.
 */
class ListSumsTests {

	private static DisclosureDocument planned(String total) {
		return Docs.budget(2020)
			.field("assets", "planned_assets_total", total)
			.table("assets", "planned_assets",
					t -> t.row("unit_name", "公安局", "amount", "761.5").row("unit_name", "交警队", "amount", "516.5"))
			.build();
	}

	@Test
	void plannedAssetsAreTheUnitsPlans() {
		assertThat(Docs.check(planned("1278"), "sum.planned-assets")).isEmpty();
		assertThat(Docs.check(planned("1794.5"), "sum.planned-assets")).singleElement()
			.satisfies(f -> assertThat(f.anchor()).isEqualTo("f-planned_assets_total"));
	}

	private static DisclosureDocument duties(String dutyBudget) {
		return Docs.budget(2017)
			.table("performance", "duty_activities",
					t -> t.level(0, "name", "社会面防控", "budget", dutyBudget)
						.level(1, "name", "巡逻防控", "budget", "230.00")
						.level(1, "name", "人口及户籍管理")
						.level(1, "name", "治安管理", "budget", "500.00")
						.level(0, "name", "政法事务管理")
						.level(1, "name", "综合事务管理", "budget", "176.40"))
			.build();
	}

	@Test
	void aDutysBudgetIsItsActivitiesBudgetsWhereBothAreGiven() {
		assertThat(Docs.check(duties("730.00"), "sum.duty-activities")).isEmpty();
		assertThat(Docs.check(duties("703.00"), "sum.duty-activities")).singleElement().satisfies(f -> {
			assertThat(f.expected()).isEqualTo("730.00万元");
			assertThat(f.anchor()).isEqualTo("c-0-0-budget");
		});
	}

}
