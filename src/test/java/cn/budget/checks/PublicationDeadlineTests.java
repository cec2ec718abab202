package cn.budget.checks;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Published within 20 days of the approval date.
 */
class PublicationDeadlineTests {

	private static final LocalDate APPROVED = LocalDate.of(2020, 2, 10);

	private static List<Finding> deadline(LocalDate published, LocalDate today) {
		var document = Docs.budget(2020).build();
		return Docs.ENGINE
			.run(document.view(), Docs.template("BUDGET"),
					new CheckContext(APPROVED, APPROVED.plusDays(20), published, today))
			.stream()
			.filter(f -> f.rule().equals("deadline.publication"))
			.toList();
	}

	@Test
	void publishedWithinTwentyDaysOrStillInTimeRaisesNothing() {
		assertThat(deadline(LocalDate.of(2020, 3, 1), null)).isEmpty();
		assertThat(deadline(null, LocalDate.of(2020, 3, 1))).isEmpty();
		assertThat(Docs.check(Docs.budget(2020).build(), "deadline.publication")).isEmpty();
	}

	@Test
	void publishedLateOrOverdueIsAnError() {
		assertThat(deadline(LocalDate.of(2020, 3, 5), null)).singleElement().satisfies(f -> {
			assertThat(f.messageKey()).isEqualTo("checks.rule.deadline.publication.late");
			assertThat(f.expected()).isEqualTo("2020-03-01");
			assertThat(f.args()).endsWith(4L);
		});
		assertThat(deadline(null, LocalDate.of(2020, 3, 2))).extracting(Finding::messageKey)
			.containsExactly("checks.rule.deadline.publication.overdue");
	}

}
