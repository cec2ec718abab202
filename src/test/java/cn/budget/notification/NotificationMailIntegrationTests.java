package cn.budget.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Date;
import java.util.List;

import cn.budget.MailIntegrationTest;
import cn.budget.Years;
import cn.budget.disclosure.DisclosureDrafting;
import cn.budget.disclosure.DisclosureQueries;
import cn.budget.disclosure.Disclosures;
import cn.budget.identity.Actor;
import cn.budget.identity.Directory;
import cn.budget.support.DatabaseAgnostic;
import cn.budget.workflow.Decision;
import cn.budget.workflow.Inbox;
import cn.budget.workflow.InboxFilter;
import cn.budget.workflow.NewRound;
import cn.budget.workflow.RoundOpened;
import cn.budget.workflow.Rounds;
import cn.budget.workflow.TaskCompletion;
import cn.budget.workflow.TaskView;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.actuate.health.CompositeHealth;
import org.springframework.boot.actuate.health.HealthEndpoint;
import org.springframework.boot.actuate.health.Status;

/**
 * E-mail to the right people through a real (in-process) SMTP server: a new task, a
 * return, a reminder and an escalation.
 */
@MailIntegrationTest
@DatabaseAgnostic
class NotificationMailIntegrationTests {

	@RegisterExtension
	static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP);

	@Autowired
	Rounds rounds;

	@Autowired
	Inbox inbox;

	@Autowired
	TaskCompletion completion;

	@Autowired
	Directory directory;

	@Autowired
	ManagementService management;

	@Autowired
	Notifications notifications;

	@Autowired
	DisclosureDrafting drafting;

	@Autowired
	DisclosureQueries queries;

	@Autowired
	HealthEndpoint health;

	@AfterEach
	void resetClock() {
		ClockUtil.reset();
	}

	@Test
	void theRightPeopleHearOfTasksReturnsRemindersAndEscalations() throws Exception {
		RoundOpened round = rounds.open(actor("supervisor"),
				new NewRound(Years.beyondTheForms(), "BUDGET", LocalDate.of(2026, 3, 2), List.of("305")));
		long id = round.disclosures().get(0).id();
		assertThat(mailTo("drafter-jy@county.example")).anyMatch(m -> subject(m).startsWith("【待办】"));
		assertThat(mailTo("drafter-ga@county.example")).isEmpty();

		drafting.update(actor("drafter-jy"), id, Disclosures.wholeBudgetDisclosure(queries.content(Actor.SYSTEM, id)));
		complete("drafter-jy", id, "Task_DraftDisclosure", Decision.SUBMIT, "提交审签");
		assertThat(mailTo("leader-jy@county.example")).anyMatch(m -> subject(m).contains("部门领导审签"));

		complete("leader-jy", id, "Task_LeaderSignOff", Decision.RETURN, "机关运行经费说明不完整");
		assertThat(mailTo("drafter-jy@county.example"))
			.anyMatch(m -> subject(m).startsWith("【退回】") && body(m).contains("机关运行经费说明不完整"));

		ClockUtil.setCurrentTime(Date.from(java.time.Instant.parse("2026-03-18T00:00:00Z")));
		management.executeJob(timer(round, "Timer_Reminder").getId());
		assertThat(mailTo("drafter-jy@county.example")).anyMatch(m -> subject(m).startsWith("【提醒】"));

		ClockUtil.setCurrentTime(Date.from(java.time.Instant.parse("2026-03-23T00:00:00Z")));
		management.executeJob(timer(round, "Timer_Overdue").getId());
		assertThat(mailTo("supervisor@county.example")).anyMatch(m -> subject(m).startsWith("【逾期】"));
		assertThat(inbox.tasksOf(actor("supervisor"), InboxFilter.none()))
			.anyMatch(t -> t.disclosureId() == id && t.taskKey().equals("Task_FollowUpOverdue"));

		assertThat(notifications.of(actor("drafter-jy"), 20)).extracting(NotificationView::kind)
			.contains(NotificationKind.NEW_TASK, NotificationKind.RETURNED, NotificationKind.REMINDER);
	}

	@Test
	void readinessAsksTheMailServerOnceOneIsConfigured() {
		CompositeHealth readiness = (CompositeHealth) health.healthForPath("readiness");
		assertThat(readiness.getComponents()).containsKey("mail");
		assertThat(readiness.getComponents().get("mail").getStatus()).isEqualTo(Status.UP);
	}

	private void complete(String user, long disclosureId, String taskKey, Decision decision, String comment) {
		TaskView task = inbox.tasksOf(actor(user), disclosureId)
			.stream()
			.filter(t -> t.taskKey().equals(taskKey))
			.findFirst()
			.orElseThrow();
		completion.complete(actor(user), task.id(), decision, comment);
	}

	private Job timer(RoundOpened round, String activityId) {
		return management.createJobQuery()
			.processInstanceId(round.disclosures().get(0).processInstanceId())
			.activityId(activityId)
			.singleResult();
	}

	private cn.budget.identity.Actor actor(String username) {
		return directory.actorOf(username).orElseThrow();
	}

	private static List<MimeMessage> mailTo(String address) throws Exception {
		return Arrays.stream(smtp.getReceivedMessagesForDomain(address)).toList();
	}

	private static String body(MimeMessage message) {
		try {
			return message.getContent().toString();
		}
		catch (jakarta.mail.MessagingException | java.io.IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String subject(MimeMessage message) {
		try {
			return message.getSubject();
		}
		catch (jakarta.mail.MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
