package cn.budget.checks;

import static org.assertj.core.api.Assertions.assertThat;

import cn.budget.content.CellSource;
import cn.budget.disclosure.DisclosureDocument;
import cn.budget.disclosure.RowContent;
import org.junit.jupiter.api.Test;

/**
 * This year less last year is the stated change: in one sentence typed into the text, and
 * over figures an import read from sentences (quoting the sentence); figures a table
 * states stay with {@code change.difference}.
 */
class ChangeDifferencesTests {

	private static final String SENTENCE = "人员经费2019年为3500万元，人员经费增加504.78万元";

	@Test
	void aSentenceStatingBothYearsAndTheChangeAddsUp() {
		assertThat(text("2020年支出预算10982.38万元，比上年增加1586.57万元（2019年预算为9395.81万元）。")).isEmpty();
		assertThat(text("2020年支出预算10982.38万元，比上年增加1586.57万元（2019年预算为9300.81万元）。")).singleElement().satisfies(f -> {
			assertThat(f.part()).isEqualTo("overview");
			assertThat(f.expected()).isEqualTo("1,681.57万元");
			assertThat(f.actual()).isEqualTo("1,586.57万元");
			assertThat(f.args().get(0)).asString().startsWith("2020年支出预算10982.38万元，比上年增加1586.57万元");
		});
	}

	@Test
	void aDecreaseIsSigned() {
		assertThat(text("2020年收入8319.42万元，较2019年减少902.24万元（上年为9221.66万元）。")).isEmpty();
		assertThat(text("2020年收入8319.42万元，较2019年增加902.24万元（上年为9221.66万元）。")).singleElement()
			.satisfies(f -> assertThat(f.expected()).isEqualTo("-902.24万元"));
	}

	@Test
	void aYearOtherThanLastYearIsNotLastYear() {
		assertThat(text("2020年收入8319.42万元，较2019年增加902.24万元（2018年为9221.66万元）。")).isEmpty();
	}

	@Test
	void figuresReadFromSentencesAreCheckedWithTheSentenceQuoted() {
		DisclosureDocument agreeing = personnel("4004.78");
		assertThat(Docs.check(agreeing, "text.change-difference")).isEmpty();
		DisclosureDocument differing = personnel("4051.3");
		assertThat(Docs.check(differing, "change.difference")).as("not reported twice").isEmpty();
		assertThat(Docs.check(differing, "text.change-difference")).singleElement().satisfies(f -> {
			assertThat(f.expected()).isEqualTo("551.30万元");
			assertThat(f.actual()).isEqualTo("504.78万元");
			assertThat(f.args().get(0)).isEqualTo(SENTENCE);
			assertThat(f.anchor()).isEqualTo("c-0-0-change");
		});
	}

	@Test
	void figuresATableStatesStayWithTheTableRule() {
		DisclosureDocument typed = Docs.budget(2020)
			.table("overview", "budget_overview",
					t -> t.fixed("personnel", "current", "4051.3", "previous", "3500", "change", "504.78"))
			.build();
		assertThat(Docs.check(typed, "text.change-difference")).isEmpty();
		assertThat(Docs.check(typed, "change.difference")).hasSize(1);
	}

	private static java.util.List<Finding> text(String text) {
		return Docs.check(Docs.budget(2020).field("overview", "overview_text", text).build(), "text.change-difference");
	}

	private static DisclosureDocument personnel(String current) {
		DisclosureDocument document = Docs.budget(2020)
			.table("overview", "budget_overview",
					t -> t.fixed("personnel", "current", current, "previous", "3500", "change", "504.78"))
			.build();
		RowContent row = document.getParts()
			.stream()
			.filter(p -> p.getKey().equals("overview"))
			.findFirst()
			.orElseThrow()
			.getTables()
			.get(0)
			.getRows()
			.get(0);
		row.cell("previous").setSource(CellSource.text(SENTENCE, 12));
		row.cell("change").setSource(CellSource.text(SENTENCE, 12));
		return document;
	}

}
