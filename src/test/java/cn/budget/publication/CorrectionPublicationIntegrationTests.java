package cn.budget.publication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import cn.budget.IntegrationTest;
import cn.budget.TestClock;
import cn.budget.checks.DisclosureChecks;
import cn.budget.checks.Finding;
import cn.budget.disclosure.CellContent;
import cn.budget.disclosure.DisclosureUpdate;
import cn.budget.disclosure.PartContent;
import cn.budget.workflow.Corrections;
import cn.budget.workflow.Decision;
import cn.budget.workflow.DecisionRefusedException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A correction of a published disclosure publishes version 2 and keeps version 1, is
 * refused without its public note (publishing nothing of it), and is checked against its
 * own deadline rather than its round's.
 */
@IntegrationTest
class CorrectionPublicationIntegrationTests extends PublicationFixture {

	@Autowired
	Corrections corrections;

	@Autowired
	DisclosureChecks checks;

	@Autowired
	TestClock clock;

	@Test
	void aCorrectionPublishesVersionTwoAndKeepsVersionOne() throws Exception {
		long id = publishedWithSecret();
		correctOtherMatters(id);
		routes.submitSignReviewPublish("drafter-jy", "leader-jy", id, "补充其他需要说明的事项");

		String latest = mvc.perform(get("/public/disclosures/" + id))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(latest).contains("补充其他需要说明的事项").contains("更正：补充说明机关运行经费口径。").contains("what-changed");
		String first = mvc.perform(get("/public/disclosures/" + id + "/versions/1"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(first).contains("我部门无其他需要说明的事项。").doesNotContain("更正：补充说明机关运行经费口径。");
		assertThat(files.find(id, 1, "csv")).isPresent();
		assertThat(files.find(id, 2, "csv")).isPresent();
		// Each publication shares its parts with the submission it approved: two bodies
		// for four versions.
		assertThat(jdbc.queryForObject("select count(*) from disclosure_version where disclosure_id = ?", Integer.class,
				id))
			.isEqualTo(4);
		assertThat(jdbc.queryForObject("select count(*) from version_body where disclosure_id = ?", Integer.class, id))
			.isEqualTo(2);
	}

	@Test
	void aCorrectionWithoutItsPublicNoteIsRefusedAndNothingOfItIsPublished() {
		long id = publishedWithSecret();
		correctOtherMatters(id);
		routes.complete("drafter-jy", id, "Task_DraftDisclosure", Decision.SUBMIT, "提交");
		routes.complete("leader-jy", id, "Task_LeaderSignOff", Decision.APPROVE, null);
		routes.complete("reviewer", id, "Task_FinanceReview", Decision.APPROVE, null);
		assertThatThrownBy(() -> routes.complete("supervisor", id, "Task_Publish", Decision.APPROVE, " "))
			.isInstanceOf(DecisionRefusedException.class);
		assertThat(routes.document(id).getState().name()).isEqualTo("APPROVED");
		// The release of the working copy's rows went back with the publication.
		assertThat(jdbc.queryForObject("select count(*) from table_row r join data_table t on t.id = r.table_id"
				+ " join section s on s.id = t.section_id where s.disclosure_id = ?", Integer.class, id))
			.isPositive();
		assertThat(routes.task("supervisor", id, "Task_Publish")).isPresent();
		assertThat(jdbc.queryForObject(
				"select count(*) from disclosure_version where disclosure_id = ? and kind = 'PUBLICATION'",
				Integer.class, id))
			.isEqualTo(1);
	}

	@Test
	void aCorrectionRunIsCheckedAgainstItsOwnDeadlineNotTheRounds() {
		long id = publishedWithSecret();
		Instant start = clock.instant();
		try {
			// Long after the round's deadline: the correction has 20 days of its own.
			clock.advance(Duration.ofDays(40));
			corrections.start(routes.actor("drafter-jy"), id);
			assertThat(deadlineFindings(id)).isEmpty();
			clock.advance(Duration.ofDays(21));
			assertThat(deadlineFindings(id)).extracting(Finding::messageKey)
				.containsExactly("checks.rule.deadline.publication.overdue");
		}
		finally {
			clock.set(start);
		}
	}

	private List<Finding> deadlineFindings(long id) {
		return checks.check(routes.document(id).view())
			.stream()
			.filter(f -> f.rule().equals("deadline.publication"))
			.toList();
	}

	private void correctOtherMatters(long id) {
		corrections.start(routes.actor("drafter-jy"), id);
		routes.write("drafter-jy", id, doc -> {
			DisclosureUpdate update = new DisclosureUpdate();
			update.setVersion(doc.getVersion());
			PartContent other = doc.part("other_matters").orElseThrow();
			other.getFields().put("other_text", CellContent.of("更正：补充说明机关运行经费口径。"));
			update.getParts().add(other);
			return update;
		});
	}

}
