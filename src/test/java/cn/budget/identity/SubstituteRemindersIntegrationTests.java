package cn.budget.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Arrays;
import java.util.Date;
import java.util.List;

import cn.budget.MailIntegrationTest;
import cn.budget.workflow.RoundOpened;
import jakarta.mail.MessagingException;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Reminders of a task on a disclosure's route reach the substitute of the absent leader
 * during the days of the absence only. Time moves through the injected clock and
 * Camunda's ClockUtil; each test names its own days, so the tests do not meet.
 */
@MailIntegrationTest
class SubstituteRemindersIntegrationTests extends SubstituteRouteFixture {

	@Autowired
	ManagementService management;

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

	private String timer(RoundOpened round, String activityId) {
		return management.createJobQuery()
			.processInstanceId(round.disclosures().get(0).processInstanceId())
			.activityId(activityId)
			.singleResult()
			.getId();
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
