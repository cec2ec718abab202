package cn.budget.checks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import cn.budget.disclosure.DisclosureDocument;
import org.junit.jupiter.api.Test;

/**
 * Grading standards of duty-activity indicators run the way the indicator wants, best
 * first.
 */
class DutyGradingsTests {

	private static List<Finding> grades(String rule, String indicator, String... grades) {
		DisclosureDocument document = Docs.budget(2017)
			.table("performance", "duty_activities",
					t -> t.level(1, "name", "综合事务管理", "indicator", indicator, "excellent", grades[0], "good", grades[1],
							"fair", grades[2], "poor", grades[3]))
			.build();
		return Docs.check(document, rule);
	}

	@Test
	void gradesRunTheWayTheIndicatorWants() {
		assertThat(grades("indicator.direction", "废品率。", "0.3‰", "0.4‰", "0.5‰", "0.5‰以上")).isEmpty();
		assertThat(grades("indicator.direction", "交通事故下降率", "0.2", "0.15", "0.1", "不足10％")).isEmpty();
		assertThat(grades("indicator.direction", "负面舆情事件发生率。", "100%", "80%", "60%", "60%以下")).singleElement()
			.satisfies(f -> assertThat(f.anchor()).isEqualTo("c-0-0-excellent"));
		assertThat(grades("indicator.direction", "安全事故发生逐年降低率", "≦5%", "≦7%", "≦8%", "﹥8%")).hasSize(1);
	}

	@Test
	void eachGradeIsNoBetterThanTheOneBefore() {
		assertThat(grades("indicator.grading-order", "群体性事件成功处置率。", "100%", "90%", "80%", "80%")).isEmpty();
		assertThat(grades("indicator.grading-order", "事故处理办结率", "1", "80%以上", "0%以上", "低于50％")).singleElement()
			.satisfies(f -> {
				assertThat(f.anchor()).isEqualTo("c-0-0-poor");
				assertThat(f.severity()).isEqualTo(Severity.WARNING);
			});
	}

}
