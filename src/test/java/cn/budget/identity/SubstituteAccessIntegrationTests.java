package cn.budget.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import cn.budget.MailIntegrationTest;
import cn.budget.TestClock;
import cn.budget.Years;
import cn.budget.disclosure.DisclosureDrafting;
import cn.budget.disclosure.DisclosureQueries;
import cn.budget.disclosure.Disclosures;
import cn.budget.workflow.Decision;
import cn.budget.workflow.Inbox;
import cn.budget.workflow.NewRound;
import cn.budget.workflow.Rounds;
import cn.budget.workflow.TaskCompletion;
import cn.budget.workflow.TaskView;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A substitution never widens anyone's access: once the substitute has moved to another
 * department, the task and the disclosure of the leader they stand in for are not found.
 */
@MailIntegrationTest
class SubstituteAccessIntegrationTests extends SubstitutesFixture {

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Rounds rounds;

	@Autowired
	Inbox inbox;

	@Autowired
	TaskCompletion completion;

	@Autowired
	DisclosureDrafting drafting;

	@Autowired
	DisclosureQueries queries;

	@Autowired
	Directory directory;

	@Autowired
	TestClock clock;

	/**
	 * Named while both led 县教育局; leader2-jy then moves to 县公安局. The substitution no
	 * longer counts, and leader-jy's claimed task stays out of leader2-jy's reach.
	 */
	@Test
	void aSubstituteNeverReachesAnotherDepartmentsDisclosure() throws Exception {
		clock.set(Instant.parse("2026-03-26T01:00:00Z"));
		name("leader-jy", "leader2-jy", "2026-03-26", "2026-03-27").andExpect(status().isCreated());
		long id = rounds
			.open(actor("supervisor"),
					new NewRound(Years.beyondTheForms(), "BUDGET", LocalDate.of(2026, 3, 2), List.of("305")))
			.disclosures()
			.get(0)
			.id();
		drafting.update(actor("drafter-jy"), id, Disclosures.wholeBudgetDisclosure(queries.content(Actor.SYSTEM, id)));
		completion.complete(actor("drafter-jy"), inbox.tasksOf(actor("drafter-jy"), id).get(0).id(), Decision.SUBMIT,
				"提交审签");
		String signOff = inbox.tasksOf(actor("leader-jy"), id).get(0).id();
		inbox.claim(actor("leader-jy"), signOff);
		assertThat(inbox.tasksOf(actor("leader2-jy"), id)).extracting(TaskView::id).containsExactly(signOff);
		moveSecondLeaderTo("312");
		try {
			mvc.perform(post("/api/tasks/" + signOff + "/complete").with(httpBasic("leader2-jy", "demo"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"decision\":\"APPROVE\"}")).andExpect(status().isNotFound());
			mvc.perform(get("/api/disclosures/" + id).with(httpBasic("leader2-jy", "demo")))
				.andExpect(status().isNotFound());
		}
		finally {
			moveSecondLeaderTo("305");
			clock.set(Instant.parse("2026-03-02T01:00:00Z"));
		}
	}

	private void moveSecondLeaderTo(String department) {
		jdbc.update("update app_user set department_id = (select id from department where code = ?) where username = ?",
				department, Colleagues.SECOND_LEADER);
	}

	private Actor actor(String username) {
		return directory.actorOf(username).orElseThrow();
	}

}
