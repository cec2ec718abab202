package cn.budget.checks;

import static org.assertj.core.api.Assertions.assertThat;

import cn.budget.disclosure.DisclosureDocument;
import org.junit.jupiter.api.Test;

/**
 * A change is this year minus last year; revenue equals expenditure; basic expenditure is
 * personnel plus public operating expenses.
 */
class ChangesAndBalanceTests {

	private static DisclosureDocument row(String rowKey, String... columnValues) {
		return Docs.budget(2020).table("overview", "budget_overview", t -> t.fixed(rowKey, columnValues)).build();
	}

	@Test
	void aChangeIsThisYearMinusLastYear() {
		assertThat(Docs.check(row("project", "current", "3789.93", "previous", "5301.33", "change", "-1511.40"),
				"change.difference"))
			.isEmpty();
		assertThat(Docs.check(row("project", "current", "3789.93", "previous", "5301.33", "change", "1511.40"),
				"change.difference"))
			.singleElement()
			.satisfies(f -> {
				assertThat(f.expected()).isEqualTo("-1,511.40万元");
				assertThat(f.actual()).isEqualTo("1,511.40万元");
			});
	}

	@Test
	void revenueAndExpenditureTotalsBalance() {
		DisclosureDocument balanced = Docs.budget(2020)
			.table("overview", "budget_overview",
					t -> t.fixed("revenue_total", "current", "8319.42")
						.fixed("expenditure_total", "current", "8319.42"))
			.build();
		DisclosureDocument unbalanced = Docs.budget(2020)
			.table("overview", "budget_overview",
					t -> t.fixed("revenue_total", "current", "8319.42")
						.fixed("expenditure_total", "current", "8219.42"))
			.build();
		assertThat(Docs.check(balanced, "balance.budget")).isEmpty();
		assertThat(Docs.check(unbalanced, "balance.budget")).singleElement()
			.satisfies(f -> assertThat(f.anchor()).isEqualTo("c-0-1-current"));
	}

	@Test
	void basicExpenditureIsPersonnelPlusPublicOperatingExpenses() {
		DisclosureDocument good = basic("4529.49");
		DisclosureDocument bad = basic("4592.49");
		assertThat(Docs.check(good, "sum.budget-basic")).isEmpty();
		assertThat(Docs.check(bad, "sum.budget-basic")).singleElement()
			.satisfies(f -> assertThat(f.args()).startsWith("4,529.49万元", "4,592.49万元", "63.00万元"));
	}

	private static DisclosureDocument basic(String basic) {
		return Docs.budget(2020)
			.table("overview", "budget_overview",
					t -> t.fixed("basic", "current", basic)
						.fixed("personnel", "current", "3872.29")
						.fixed("public_operating", "current", "657.2"))
			.build();
	}

	@Test
	void assetRowsThatDoNotAddUpAreAnError() {
		DisclosureDocument document = Docs.budget(2020)
			.table("assets", "asset_holdings",
					t -> t.fixed("total", "value", "6811.69")
						.fixed("buildings", "value", "2781.26")
						.fixed("buildings_office", "value", "2781.26")
						.fixed("vehicles", "value", "378.8")
						.fixed("other", "value", "3128.04"))
			.build();
		assertThat(Docs.check(document, "sum.assets")).singleElement()
			.satisfies(f -> assertThat(f.expected()).isEqualTo("6,288.10万元"));
	}

}
