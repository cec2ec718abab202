package cn.budget.checks;

import static org.assertj.core.api.Assertions.assertThat;

import cn.budget.disclosure.DisclosureDocument;
import org.junit.jupiter.api.Test;

/**
 * The same figure stated twice agrees, in the same unit.
 */
class SameFiguresTests {

	private static DisclosureDocument operatingFunds(String amount, String text) {
		Docs docs = Docs.budget(2020)
			.table("overview", "budget_overview", t -> t.fixed("public_operating", "current", "657.2"))
			.field("operating_funds", "operating_funds_text", text);
		return (amount == null ? docs : docs.field("operating_funds", "operating_funds_amount", amount)).build();
	}

	@Test
	void operatingFundsEqualThePublicOperatingExpenses() {
		assertThat(Docs.check(operatingFunds("657.20", "机关运行经费共计安排657.2万元。"), "figure.operating-funds")).isEmpty();
		assertThat(Docs.check(operatingFunds("600", "机关运行经费共计安排600万元。"), "figure.operating-funds")).singleElement()
			.satisfies(f -> {
				assertThat(f.expected()).isEqualTo("657.20万元");
				assertThat(f.actual()).isEqualTo("600.00万元");
				assertThat(f.anchor()).isEqualTo("f-operating_funds_amount");
			});
	}

	@Test
	void theSameNumberInAnotherUnitIsCalledAUnitSlip() {
		assertThat(Docs.check(operatingFunds("657.2", "机关运行经费共计安排657.2元。"), "figure.operating-funds")).singleElement()
			.satisfies(f -> {
				assertThat(f.messageKey()).isEqualTo("checks.rule.figure.operating-funds.unit");
				assertThat(f.anchor()).isEqualTo("f-operating_funds_text");
			});
	}

	@Test
	void table9RepeatsTheThreePublicExpensesAndTheOperatingFunds() {
		DisclosureDocument good = table9("55.05", "657.2");
		DisclosureDocument bad = table9("55.50", "675.2");
		assertThat(Docs.check(good, "standard.t9-parts")).isEmpty();
		assertThat(Docs.check(bad, "standard.t9-parts")).extracting(Finding::actual)
			.containsExactly("55.50万元", "675.20万元");
	}

	private static DisclosureDocument table9(String threePublic, String operating) {
		return Docs.budget(2020)
			.field("operating_funds", "operating_funds_amount", "657.2")
			.table("three_public", "three_public", t -> t.fixed("total", "current", "55.05"))
			.table("standard_tables", "t9_three_public_operating",
					t -> t.fixed("three_public_total", "amount", threePublic)
						.fixed("operating_funds", "amount", operating))
			.build();
	}

}
