package cn.budget.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.util.Date;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The timers of the {@code disclosure-review} process on its own: the reminder before the
 * deadline and the escalation of an overdue disclosure, which publication ends.
 */
@Deployment(resources = "bpmn/disclosure-review.bpmn")
class DisclosureReviewTimersProcessTests extends DisclosureReviewProcessFixture {

	@RegisterExtension
	static ProcessEngineExtension engine = newEngine();

	@Test
	void aReminderGoesOutFiveDaysBeforeTheDeadlineWithoutInterrupting() {
		ProcessInstance instance = atLeader();
		Job reminder = timer("Timer_Reminder");
		assertThat(reminder.getDuedate()).isEqualTo(Date.from(REMIND));
		ClockUtil.setCurrentTime(Date.from(REMIND));
		execute(reminder);
		assertThat(notices.reminded).containsExactly(7L);
		assertThat(instance).isWaitingAt("Task_LeaderSignOff").hasPassed("Task_SendReminder", "End_Reminded");
	}

	@Test
	void anOverdueDisclosureIsEscalatedToTheSupervisors() {
		ProcessInstance instance = atReview();
		ClockUtil.setCurrentTime(Date.from(DUE));
		execute(timer("Timer_Overdue"));
		assertThat(notices.escalated).containsExactly(7L);
		assertThat(instance).isWaitingAt("Task_FinanceReview", "Task_FollowUpOverdue");
		assertThat(taskQuery().taskDefinitionKey("Task_FollowUpOverdue").singleResult())
			.hasCandidateGroup("SUPERVISOR");
	}

	@Test
	void publicationAlsoEndsAnOpenEscalation() {
		ProcessInstance instance = atReview();
		ClockUtil.setCurrentTime(Date.from(DUE));
		execute(timer("Timer_Overdue"));
		complete(taskQuery().taskDefinitionKey("Task_FinanceReview").singleResult(),
				withVariables("decision", "APPROVE"));
		complete(taskQuery().taskDefinitionKey("Task_Publish").singleResult());
		assertThat(instance).isEnded();
	}

}
