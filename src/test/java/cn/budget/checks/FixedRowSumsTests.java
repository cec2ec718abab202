package cn.budget.checks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import cn.budget.disclosure.DisclosureDocument;
import org.junit.jupiter.api.Test;

/**
 * Totals of fixed rows against their parts, within rounding at the stated precision, and
 * the changes of the parts against the change of the total.
 */
class FixedRowSumsTests {

	private static DisclosureDocument overview(String... revenueTotalAndSources) {
		return Docs.budget(2020).table("overview", "budget_overview", t -> {
			t.fixed("revenue_total", "current", revenueTotalAndSources[0]);
			t.fixed("revenue_general", "current", revenueTotalAndSources[1]);
			t.fixed("revenue_carryover", "current", revenueTotalAndSources[2]);
		}).build();
	}

	@Test
	void revenueSourcesThatAddUpRaiseNothing() {
		assertThat(Docs.findings(overview("8319.42", "8000.00", "319.42"))).isEmpty();
	}

	@Test
	void revenueSourcesThatDoNotAddUpAreAnErrorWithBothFigures() {
		List<Finding> findings = Docs.check(overview("5909", "5317", "500"), "sum.budget-revenue");
		assertThat(findings).singleElement().satisfies(f -> {
			assertThat(f.severity()).isEqualTo(Severity.ERROR);
			assertThat(f.blocking()).isFalse();
			assertThat(f.expected()).isEqualTo("5,817.00万元");
			assertThat(f.actual()).isEqualTo("5,909.00万元");
			assertThat(f.anchor()).isEqualTo("c-0-0-current");
			assertThat(f.part()).isEqualTo("overview");
		});
	}

	@Test
	void aDifferenceOfOneCentAtTwoDecimalsIsRoundingOnly() {
		assertThat(Docs.findings(overview("853.46", "853.00", "0.45"))).extracting(Finding::rule, Finding::severity)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("arithmetic.rounding", Severity.INFO));
	}

	@Test
	void aWholeNumberTotalMayDifferByHalfAUnitFromDecimalParts() {
		assertThat(Docs.findings(overview("5909", "5317.3", "592"))).extracting(Finding::rule)
			.containsExactly("arithmetic.rounding");
	}

	@Test
	void aBlankBasicExpenditureIsWorkedOutFromItsParts() {
		DisclosureDocument document = Docs.budget(2020).table("overview", "budget_overview", t -> {
			t.fixed("expenditure_total", "current", "5909");
			t.fixed("personnel", "current", "2766");
			t.fixed("public_operating", "current", "1152.9");
			t.fixed("project", "current", "2582.4");
		}).build();
		assertThat(Docs.check(document, "sum.budget-expenditure")).singleElement()
			.satisfies(f -> assertThat(f.expected()).isEqualTo("6,501.30万元"));
	}

	@Test
	void threePublicItemsAndVehiclesAddUp() {
		DisclosureDocument good = threePublic("55.05", "0", "53.6", "18", "35.6", "1.45");
		DisclosureDocument bad = threePublic("55.05", "0", "53.6", "18", "36.6", "2.45");
		assertThat(Docs.findings(good)).isEmpty();
		assertThat(Docs.findings(bad)).extracting(Finding::rule).containsExactly("sum.three-public", "sum.vehicles");
	}

	private static DisclosureDocument threePublic(String... figures) {
		List<String> rows = List.of("total", "overseas", "vehicles", "vehicle_purchase", "vehicle_operation",
				"reception");
		return Docs.budget(2020).table("three_public", "three_public", t -> {
			for (int i = 0; i < rows.size(); i++) {
				t.fixed(rows.get(i), "current", figures[i]);
			}
		}).build();
	}

	@Test
	void assetRowsAddUpToTheTotalInTheTablesUnit() {
		DisclosureDocument document = Docs.budget(2017)
			.table("assets", "asset_holdings",
					t -> t.unit("元")
						.fixed("total", "value", "74365509.2")
						.fixed("buildings", "value", "26879217.05")
						.fixed("vehicles", "value", "5220700")
						.fixed("other", "value", "42265592.15"))
			.build();
		assertThat(Docs.check(document, "sum.assets")).isEmpty();
	}

	@Test
	void statedComponentChangesAddUpToTheTotalChange() {
		DisclosureDocument good = changes("-902.24", "609.16", "-1511.40");
		DisclosureDocument bad = changes("1586.57", "704.78", "-881.78");
		assertThat(Docs.check(good, "change.components")).isEmpty();
		assertThat(Docs.check(bad, "change.components")).singleElement()
			.satisfies(f -> assertThat(f.expected()).isEqualTo("-177.00万元"));
	}

	private static DisclosureDocument changes(String total, String basic, String project) {
		return Docs.budget(2020)
			.table("overview", "budget_overview",
					t -> t.fixed("expenditure_total", "change", total)
						.fixed("basic", "change", basic)
						.fixed("project", "change", project))
			.build();
	}

	@Test
	void maskedPartsAreNotAddedUp() {
		assertThat(Docs.findings(overview("100", "****", "10"))).isEmpty();
	}

}
