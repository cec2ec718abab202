package cn.budget.identity;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import cn.budget.TestClock;
import cn.budget.Years;
import cn.budget.disclosure.DisclosureDrafting;
import cn.budget.disclosure.DisclosureQueries;
import cn.budget.disclosure.Disclosures;
import cn.budget.workflow.Decision;
import cn.budget.workflow.Inbox;
import cn.budget.workflow.NewRound;
import cn.budget.workflow.RoundOpened;
import cn.budget.workflow.Rounds;
import cn.budget.workflow.TaskCompletion;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultMatcher;

/**
 * What the tests of a substitute on a disclosure's route share: leader-jy away with
 * leader2-jy named, a round of 县教育局 at the sign-off leader-jy claimed, mail to an
 * in-process SMTP server, and clocks put back after each test (the injected clock and
 * Camunda's ClockUtil).
 */
abstract class SubstituteRouteFixture {

	@RegisterExtension
	static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP);

	static final String LEADER = "leader-jy";

	static final String SUBSTITUTE = Colleagues.SECOND_LEADER;

	@Autowired
	MockMvc mvc;

	@Autowired
	Colleagues colleagues;

	@Autowired
	Substitutes substitutes;

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

	@BeforeEach
	void secondLeader() {
		colleagues.leader(SUBSTITUTE, "305");
	}

	@AfterEach
	void resetClocks() {
		clock.set(Instant.parse("2026-03-02T01:00:00Z"));
		ClockUtil.reset();
	}

	void away(String from, String to) {
		substitutes.name(actor(LEADER), LEADER,
				new NewSubstitution(SUBSTITUTE, LocalDate.parse(from), LocalDate.parse(to)));
	}

	// 县教育局's disclosure drafted and submitted: its sign-off waits for the leaders.
	RoundOpened roundAtSignOff() {
		RoundOpened round = rounds.open(actor("supervisor"),
				new NewRound(Years.beyondTheForms(), "BUDGET", LocalDate.of(2026, 3, 2), List.of("305")));
		long id = round.disclosures().get(0).id();
		drafting.update(actor("drafter-jy"), id, Disclosures.wholeBudgetDisclosure(queries.content(Actor.SYSTEM, id)));
		completion.complete(actor("drafter-jy"), task("drafter-jy", id), Decision.SUBMIT, "提交审签");
		return round;
	}

	String claimedSignOff(long id) {
		String signOff = task(LEADER, id);
		inbox.claim(actor(LEADER), signOff);
		return signOff;
	}

	void complete(String user, String taskId, ResultMatcher expected) throws Exception {
		mvc.perform(post("/api/tasks/" + taskId + "/complete").with(httpBasic(user, "demo"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"decision\":\"APPROVE\"}")).andExpect(expected);
	}

	void today(String day) {
		clock.set(LocalDate.parse(day).atTime(9, 0).atZone(clock.getZone()).toInstant());
	}

	String task(String user, long id) {
		return inbox.tasksOf(actor(user), id).get(0).id();
	}

	Actor actor(String username) {
		return directory.actorOf(username).orElseThrow();
	}

}
