package cn.budget.checks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * No template leftovers; years refer to the document's year or the one before.
 */
class TextHygieneTests {

	private static List<Finding> text(String rule, String text) {
		return Docs.check(Docs.budget(2020).field("other_matters", "other_text", text).build(), rule);
	}

	@Test
	void templateLeftoversBlockSubmission() {
		assertThat(text("text.leftover", "我部门无其他需要说明的事项。")).isEmpty();
		assertThat(text("text.leftover", "采购XXL型号设备，代码A020399。")).isEmpty();
		assertThat(text("text.leftover", "XX单位2020年预算……")).singleElement().satisfies(f -> {
			assertThat(f.actual()).isEqualTo("XX");
			assertThat(f.blocking()).isTrue();
			assertThat(f.anchor()).isEqualTo("f-other_text");
		});
		assertThat(text("text.leftover", "{单位}的职责：待填写")).hasSize(1);
	}

	@Test
	void yearsAreThisYearOrLastExceptInDocumentNumbersAndTitles() {
		assertThat(text("text.year", "2020年预算较2019年减少。依据人社部规[2017]9号和《2018年工作要点》。")).isEmpty();
		assertThat(text("text.year", "2017年预算较2016年增加。")).singleElement().satisfies(f -> {
			assertThat(f.actual()).isEqualTo("2017");
			assertThat(f.expected()).isEqualTo("2019–2020");
		});
	}

	@Test
	void tableCellsAreCheckedToo() {
		var document = Docs.budget(2020)
			.table("glossary", "glossary", t -> t.row("term", "请填写", "definition", "……"))
			.build();
		assertThat(Docs.check(document, "text.leftover")).singleElement()
			.satisfies(f -> assertThat(f.anchor()).isEqualTo("c-0-0-term"));
	}

}
