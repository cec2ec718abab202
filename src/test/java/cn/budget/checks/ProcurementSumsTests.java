package cn.budget.checks;

import static org.assertj.core.api.Assertions.assertThat;

import cn.budget.disclosure.DisclosureDocument;
import org.junit.jupiter.api.Test;

/**
 * Procurement lines, subtotals before or after their lines, totals and the part's stated
 * total.
 */
class ProcurementSumsTests {

	private static DisclosureDocument lines(String total, String subtotal, String partTotal) {
		return Docs.budget(2020)
			.field("procurement", "procurement_total", partTotal)
			.table("procurement", "procurement_items",
					t -> t.role("TOTAL", "amount", total)
						.role("SUBTOTAL", "amount", subtotal)
						.row("quantity", "3", "unit_price", "26.50", "amount", "79.50", "fund_general", "79.50")
						.row("quantity", "2", "unit_price", "2.50", "amount", "5.00", "fund_general", "5.00"))
			.build();
	}

	@Test
	void totalsThatAddUpRaiseNothing() {
		assertThat(Docs.findings(lines("84.50", "84.50", "84.50"))).isEmpty();
	}

	@Test
	void aSubtotalATotalAndThePartsTotalThatDoNotAddUp() {
		assertThat(Docs.check(lines("90.00", "84.00", "91"), "sum.procurement")).extracting(Finding::actual)
			.containsExactly("91.00万元", "90.00万元", "84.00万元");
	}

	@Test
	void aSubtotalAfterItsLinesClosesThem() {
		DisclosureDocument document = Docs.budget(2020)
			.table("procurement", "procurement_items",
					t -> t.row("amount", "10")
						.row("amount", "20")
						.role("SUBTOTAL", "amount", "31")
						.row("amount", "5")
						.role("SUBTOTAL", "amount", "5")
						.role("TOTAL", "amount", "36"))
			.build();
		assertThat(Docs.check(document, "sum.procurement")).singleElement()
			.satisfies(f -> assertThat(f.anchor()).isEqualTo("c-0-2-amount"));
	}

	@Test
	void quantityTimesUnitPriceIsTheAmount() {
		DisclosureDocument document = Docs.budget(2020)
			.table("procurement", "procurement_items",
					t -> t.row("quantity", "9", "unit_price", "0.29", "amount", "2.61")
						.row("quantity", "4", "unit_price", "0.485", "amount", "1.49"))
			.build();
		assertThat(Docs.check(document, "procurement.line-amount")).singleElement().satisfies(f -> {
			assertThat(f.expected()).isEqualTo("1.94万元");
			assertThat(f.args()).endsWith("4", "0.485万元");
		});
	}

	@Test
	void theAmountIsItsFundingSources() {
		DisclosureDocument document = Docs.budget(2020)
			.table("procurement", "procurement_items",
					t -> t.row("amount", "100", "fund_general", "60", "fund_special", "40")
						.row("amount", "100", "fund_general", "60", "other_channels", "30"))
			.build();
		assertThat(Docs.check(document, "procurement.funding")).singleElement()
			.satisfies(f -> assertThat(f.address().row().position()).isEqualTo(1));
	}

	@Test
	void withheldLinesAreNotAddedUp() {
		DisclosureDocument document = Docs.budget(2020)
			.table("procurement", "procurement_items",
					t -> t.role("SUBTOTAL", "amount", "761.50").row("amount", "79.50").row("amount", "****"))
			.build();
		assertThat(Docs.findings(document)).isEmpty();
	}

}
