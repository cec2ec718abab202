package cn.budget.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import cn.budget.disclosure.RowContent;
import cn.budget.exchange.placing.Assembly;
import org.junit.jupiter.api.Test;

/**
 * The figures the import reads from the prose: each remembers the sentence it came from
 * (in the report), and a figure whose role is unclear stays in the text and is listed
 * instead of guessed.
 */
class TextFiguresImportTests {

	@Test
	void oneProjectLineIsNotFiledAsAllProjectSpending() {
		Assembly assembly = Seeds.assemble(Seeds.text(Seeds.ZHAOXIAN_2017));
		RowContent project = SeedImportTests.rows(assembly, "overview", "budget_overview")
			.stream()
			.filter(r -> "project".equals(r.getKey()))
			.findFirst()
			.orElseThrow();
		assertThat(project.text("current")).isNull();
		assertThat(assembly.report().notes()).filteredOn(n -> n.reason().equals("import.note.figureUnclear"))
			.singleElement()
			.satisfies(n -> assertThat(n.args()).containsExactly("项目支出688万元"))
			.satisfies(n -> assertThat(n.text()).startsWith("公安局今年收入共计5909万元"));
	}

	@Test
	void aFigureTakenFromTheTextIsReportedWithItsSentence() {
		Assembly assembly = Seeds.assemble(Seeds.text(Seeds.WEIXIAN_2020));
		assertThat(assembly.report().notes()).filteredOn(n -> n.reason().equals("import.note.figure")).anySatisfy(n -> {
			assertThat(n.args()).containsExactly("项目支出6161.08万元");
			assertThat(n.text())
				.isEqualTo("2、支出说明：2020年支出预算共计10982.38万元，其中人员经费支出预算4051.3万元，日常公用经费支出预算770万元，项目支出6161.08万元。");
		});
		RowContent personnel = SeedImportTests.rows(assembly, "overview", "budget_overview")
			.stream()
			.filter(r -> "personnel".equals(r.getKey()))
			.findFirst()
			.orElseThrow();
		assertThat(personnel.text("current")).isEqualTo("4051.3");
	}

}
