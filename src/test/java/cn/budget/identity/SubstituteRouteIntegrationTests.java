package cn.budget.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.budget.MailIntegrationTest;
import cn.budget.workflow.RoundOpened;
import cn.budget.workflow.TaskView;
import org.junit.jupiter.api.Test;

/**
 * A substitute on a disclosure's route: while leader-jy is away, leader2-jy acts on the
 * sign-off leader-jy claimed, on behalf of them as the timeline says; outside the days
 * nothing changes. Reminders are {@link SubstituteRemindersIntegrationTests}. Time moves
 * through the injected clock and Camunda's ClockUtil. Each test names its own days, so
 * the tests do not meet.
 */
@MailIntegrationTest
class SubstituteRouteIntegrationTests extends SubstituteRouteFixture {

	@Test
	void theSubstituteCompletesTheAbsentLeadersClaimedTaskOnTheirBehalf() throws Exception {
		away("2026-03-02", "2026-03-04");
		RoundOpened round = roundAtSignOff();
		long id = round.disclosures().get(0).id();
		String signOff = claimedSignOff(id);

		assertThat(inbox.tasksOf(actor(SUBSTITUTE), id)).extracting(TaskView::id).contains(signOff);
		complete(SUBSTITUTE, signOff, status().isNoContent());

		String timeline = mvc.perform(get("/disclosures/" + id + "/timeline").with(httpBasic(LEADER, "demo")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		// People are named on the timeline by display name and username (a deactivated
		// one too).
		assertThat(timeline).contains("leader2-jy (leader2-jy)（代 教育局分管领导 (leader-jy)）");
		mvc.perform(get("/api/disclosures/" + id + "/decisions").with(httpBasic(LEADER, "demo")))
			.andExpect(jsonPath("$[-1].onBehalfOf").value(LEADER));
		mvc.perform(get("/api/disclosures/" + id + "/audit/verify").with(httpBasic(LEADER, "demo")))
			.andExpect(jsonPath("$.intact").value(true));
	}

	@Test
	void outsideTheDaysTheSubstituteCannotActOnTheClaimedTask() throws Exception {
		away("2026-03-10", "2026-03-12");
		String signOff = claimedSignOff(roundAtSignOff().disclosures().get(0).id());

		today("2026-03-07");
		complete(SUBSTITUTE, signOff, status().isForbidden());
		today("2026-03-13");
		complete(SUBSTITUTE, signOff, status().isForbidden());
		today("2026-03-12");
		complete(SUBSTITUTE, signOff, status().isNoContent());
	}

}
