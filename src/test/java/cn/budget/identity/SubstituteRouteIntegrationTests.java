package cn.budget.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Date;
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
import cn.budget.workflow.TaskView;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.MessagingException;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultMatcher;

/**
 * A substitute on a disclosure's route: while leader-jy is away, leader2-jy acts on the
 * sign-off leader-jy claimed, on behalf of them as the timeline says; reminders reach
 * both; outside the days nothing changes. Time moves through the injected clock and
 * Camunda's ClockUtil. Each test names its own days, so the tests do not meet.
 */
@AbsenceTest
class SubstituteRouteIntegrationTests {

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
	ManagementService management;

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

	@Test
	void remindersReachTheSubstituteDuringTheDaysOnly() throws Exception {
		away("2026-03-16", "2026-03-20");
		RoundOpened round = roundAtSignOff();
		claimedSignOff(round.disclosures().get(0).id());
		assertThat(subjectsTo(SUBSTITUTE)).anyMatch(s -> s.startsWith("【待办】"));

		today("2026-03-18");
		ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-03-18T00:00:00Z")));
		management.executeJob(timer(round, "Timer_Reminder"));
		assertThat(subjectsTo(LEADER)).anyMatch(s -> s.startsWith("【提醒】"));
		assertThat(subjectsTo(SUBSTITUTE)).anyMatch(s -> s.startsWith("【提醒】"));

		today("2026-03-23");
		ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-03-23T00:00:00Z")));
		management.executeJob(timer(round, "Timer_Overdue"));
		assertThat(subjectsTo(LEADER)).anyMatch(s -> s.startsWith("【逾期】"));
		assertThat(subjectsTo(SUBSTITUTE)).noneMatch(s -> s.startsWith("【逾期】"));
	}

	private void away(String from, String to) {
		substitutes.name(actor(LEADER), LEADER,
				new NewSubstitution(SUBSTITUTE, LocalDate.parse(from), LocalDate.parse(to)));
	}

	// 县教育局's disclosure drafted and submitted: its sign-off waits for the leaders.
	private RoundOpened roundAtSignOff() {
		RoundOpened round = rounds.open(actor("supervisor"),
				new NewRound(Years.beyondTheForms(), "BUDGET", LocalDate.of(2026, 3, 2), List.of("305")));
		long id = round.disclosures().get(0).id();
		drafting.update(actor("drafter-jy"), id, Disclosures.wholeBudgetDisclosure(queries.content(Actor.SYSTEM, id)));
		completion.complete(actor("drafter-jy"), task("drafter-jy", id), Decision.SUBMIT, "提交审签");
		return round;
	}

	private String claimedSignOff(long id) {
		String signOff = task(LEADER, id);
		inbox.claim(actor(LEADER), signOff);
		return signOff;
	}

	private void complete(String user, String taskId, ResultMatcher expected) throws Exception {
		mvc.perform(post("/api/tasks/" + taskId + "/complete").with(httpBasic(user, "demo"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"decision\":\"APPROVE\"}")).andExpect(expected);
	}

	private void today(String day) {
		clock.set(LocalDate.parse(day).atTime(9, 0).atZone(clock.getZone()).toInstant());
	}

	private String task(String user, long id) {
		return inbox.tasksOf(actor(user), id).get(0).id();
	}

	private String timer(RoundOpened round, String activityId) {
		return management.createJobQuery()
			.processInstanceId(round.disclosures().get(0).processInstanceId())
			.activityId(activityId)
			.singleResult()
			.getId();
	}

	private Actor actor(String username) {
		return directory.actorOf(username).orElseThrow();
	}

	private static List<String> subjectsTo(String user) {
		return Arrays.stream(smtp.getReceivedMessagesForDomain(user + "@county.example")).map(m -> {
			try {
				return m.getSubject();
			}
			catch (MessagingException ex) {
				throw new IllegalStateException(ex);
			}
		}).toList();
	}

}
