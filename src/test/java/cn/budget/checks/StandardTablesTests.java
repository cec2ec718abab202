package cn.budget.checks;

import static org.assertj.core.api.Assertions.assertThat;

import cn.budget.disclosure.DisclosureDocument;
import org.junit.jupiter.api.Test;

/**
 * The cross-table identities of the standard budget tables, when those tables are
 * present.
 */
class StandardTablesTests {

	/**
	 * Tables 1, 3, 4, 5, 8 and 9 of a department whose figures agree unless told
	 * otherwise.
	 */
	private static DisclosureDocument tables(String t1Expenditure, String t3Basic, String t4Expenditure,
			String t5Project, String t9Reception) {
		return Docs.budget(2020)
			.table("standard_tables", "t1_finance_summary",
					t -> t.role("TOTAL", "revenue_item", "收入总计", "revenue_amount", "8319.42", "expenditure_item",
							"支出总计", "expenditure_amount", t1Expenditure))
			.table("standard_tables", "t3_expenditure",
					t -> t.role("TOTAL", "name", "合计", "total", "8319.42", "basic", t3Basic, "project", "3789.93"))
			.table("standard_tables", "t4_fiscal_summary",
					t -> t.role("TOTAL", "revenue_amount", "8319.42", "expenditure_total", t4Expenditure,
							"expenditure_general", t4Expenditure))
			.table("standard_tables", "t5_general_functional",
					t -> t.role("TOTAL", "total", "8319.42", "basic", "4529.49", "personnel", "3872.29", "public",
							"657.2", "project", t5Project))
			.table("standard_tables", "t8_general_economic",
					t -> t.role("TOTAL", "total", "4529.49", "personnel", "3872.29", "public", "657.2"))
			.table("standard_tables", "t9_three_public_operating",
					t -> t.fixed("three_public_total", "amount", "55.05")
						.fixed("overseas", "amount", "0")
						.fixed("reception", "amount", t9Reception)
						.fixed("vehicles", "amount", "53.6")
						.fixed("vehicle_purchase", "amount", "18")
						.fixed("vehicle_operation", "amount", "35.6"))
			.build();
	}

	@Test
	void tablesThatAgreeRaiseNothing() {
		assertThat(Docs.findings(tables("8319.42", "4529.49", "8319.42", "3789.93", "1.45"))).isEmpty();
	}

	@Test
	void table1Balances() {
		assertThat(Docs.check(tables("8300.00", "4529.49", "8319.42", "3789.93", "1.45"), "standard.t1-balance"))
			.hasSize(1);
	}

	@Test
	void table1TotalsAreTable4Totals() {
		assertThat(Docs.check(tables("8319.42", "4529.49", "8391.42", "3789.93", "1.45"), "standard.t1-t4"))
			.singleElement()
			.satisfies(f -> assertThat(f.actual()).isEqualTo("8,391.42万元"));
	}

	@Test
	void table3BasicIsTable8Total() {
		assertThat(Docs.check(tables("8319.42", "4592.49", "8319.42", "3789.93", "1.45"), "standard.t3-t8")).hasSize(1);
	}

	@Test
	void table4ExpenditureIsTables5To7AndEachRowAddsUp() {
		DisclosureDocument document = tables("8319.42", "4529.49", "8319.42", "3798.93", "1.45");
		assertThat(Docs.check(document, "standard.row-sum")).singleElement()
			.satisfies(f -> assertThat(f.anchor()).isEqualTo("c-3-0-total"));
		assertThat(Docs.check(document, "standard.t4-functional")).isEmpty();
	}

	@Test
	void table9ItemsAddUpToItsThreePublicTotal() {
		assertThat(Docs.check(tables("8319.42", "4529.49", "8319.42", "3789.93", "2.45"), "standard.t9-three-public"))
			.singleElement()
			.satisfies(f -> assertThat(f.expected()).isEqualTo("56.05万元"));
	}

}
