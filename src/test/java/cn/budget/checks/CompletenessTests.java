package cn.budget.checks;

import static org.assertj.core.api.Assertions.assertThat;

import cn.budget.disclosure.DisclosureDocument;
import org.junit.jupiter.api.Test;

/**
 * What must be there before submission blocks it by default.
 */
class CompletenessTests {

	@Test
	void everyEmptyRequiredPartBlocksAndOptionalPartsDoNot() {
		DisclosureDocument document = Docs.budget(2020).field("other_matters", "other_text", "无。").build();
		assertThat(Docs.check(document, "completeness.required-part")).extracting(Finding::part)
			.containsExactly("duties", "overview", "operating_funds", "three_public", "performance", "procurement",
					"assets", "glossary")
			.hasSize(8);
		assertThat(Docs.check(document, "completeness.required-part")).allMatch(Finding::blocking);
	}

	@Test
	void theLabelsOfFixedRowsDoNotFillAPart() {
		DisclosureDocument labelsOnly = Docs.budget(2020)
			.table("three_public", "three_public", t -> t.fixed("total", "item", "合计"))
			.build();
		DisclosureDocument filled = Docs.budget(2020)
			.table("three_public", "three_public", t -> t.fixed("total", "item", "合计", "current", "0"))
			.build();
		assertThat(Docs.check(labelsOnly, "completeness.required-part")).extracting(Finding::part)
			.contains("three_public");
		assertThat(Docs.check(filled, "completeness.required-part")).extracting(Finding::part)
			.doesNotContain("three_public");
	}

	@Test
	void aChangeOfAThreePublicItemNeedsAReason() {
		DisclosureDocument document = Docs.budget(2020)
			.table("three_public", "three_public",
					t -> t.fixed("vehicles", "current", "202.46", "change", "7.37", "reason", "车辆老旧，维修费用增加")
						.fixed("reception", "current", "1.31", "previous", "1.40")
						.fixed("overseas", "current", "0", "previous", "0"))
			.build();
		assertThat(Docs.check(document, "completeness.three-public-reason")).singleElement().satisfies(f -> {
			assertThat(f.anchor()).isEqualTo("c-0-1-reason");
			assertThat(f.actual()).isEqualTo("-0.09万元");
			assertThat(f.blocking()).isTrue();
		});
	}

	@Test
	void anEmptyStandardTableMustSaySoOnceTheStandardTablesAreFilledIn() {
		DisclosureDocument none = Docs.budget(2020).build();
		DisclosureDocument silent = standardTables("");
		DisclosureDocument said = standardTables("本表为空表");
		assertThat(Docs.check(none, "completeness.empty-table-note")).isEmpty();
		assertThat(Docs.check(silent, "completeness.empty-table-note")).singleElement()
			.satisfies(f -> assertThat(f.anchor()).isEqualTo("h-1-note"));
		assertThat(Docs.check(said, "completeness.empty-table-note")).isEmpty();
	}

	private static DisclosureDocument standardTables(String note) {
		return Docs.budget(2020)
			.table("standard_tables", "t5_general_functional", t -> t.row("code", "2040220", "total", "100"))
			.table("standard_tables", "t6_fund_functional", t -> t.header("note", note))
			.build();
	}

}
