package cn.budget.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The {@code disclosure-review} process on its own: every gateway outcome and both
 * timers. Beans the BPMN names are replaced by small fixed test doubles; the
 * application's integration tests use the real ones.
 */
@Deployment(resources = "bpmn/disclosure-review.bpmn")
class DisclosureReviewProcessTests {

	@RegisterExtension
	static ProcessEngineExtension engine = ProcessEngineExtension.builder()
		.configurationResource("process-tests.camunda.cfg.xml")
		.build();

	static final Instant OPENED = Instant.parse("2026-03-02T01:00:00Z");

	static final Instant REMIND = Instant.parse("2026-03-17T16:00:00Z");

	static final Instant DUE = Instant.parse("2026-03-22T16:00:00Z");

	final RecordingNotices notices = new RecordingNotices();

	final FixedSubUnits subUnits = new FixedSubUnits(List.of("312005", "312006"));

	@BeforeEach
	void registerBeans() {
		init(engine.getProcessEngine());
		ClockUtil.setCurrentTime(Date.from(OPENED));
		Mocks.register("deadlines", new FixedDeadlines());
		Mocks.register("subUnits", subUnits);
		Mocks.register("taskRouting", new TaskRouting());
		Mocks.register("deadlineNotices", notices);
	}

	@AfterEach
	void reset() {
		Mocks.reset();
		ClockUtil.reset();
	}

	@Test
	void eachSubUnitContributesThenTheDepartmentDrafts() {
		ProcessInstance instance = start();
		assertThat(instance).isWaitingAt("Task_ContributeSubUnit");
		List<Task> contributions = taskQuery().taskDefinitionKey("Task_ContributeSubUnit").list();
		assertThat(contributions).hasSize(2);
		assertThat(contributions).extracting(t -> engine.getTaskService().getVariableLocal(t.getId(), "unitCode"))
			.containsExactlyInAnyOrder("312005", "312006");
		assertThat(contributions.get(0)).hasCandidateGroup("DRAFTER").hasDueDate(Date.from(DUE));
		contributions.forEach(t -> complete(t));
		assertThat(instance).isWaitingAt("Task_DraftDisclosure");
		assertThat(task(instance)).hasCandidateGroup("DRAFTER").hasFormKey("app:draft");
	}

	@Test
	void aDepartmentWithoutSubUnitsStartsAtTheDraft() {
		subUnits.codes = List.of();
		assertThat(start()).isWaitingAt("Task_DraftDisclosure");
	}

	@Test
	void aChangedSubmissionGoesToTheLeader() {
		ProcessInstance instance = atDraft();
		complete(task(instance), withVariables("needsSignOff", true));
		assertThat(instance).isWaitingAt("Task_LeaderSignOff");
		assertThat(task(instance)).hasCandidateGroup("UNIT_LEADER");
	}

	@Test
	void aSubmissionUnchangedSinceSignOffGoesStraightToReview() {
		ProcessInstance instance = atDraft();
		complete(task(instance), withVariables("needsSignOff", false));
		assertThat(instance).isWaitingAt("Task_FinanceReview").hasNotPassed("Task_LeaderSignOff");
	}

	@Test
	void theLeaderSignsOff() {
		ProcessInstance instance = atLeader();
		complete(task(instance), withVariables("decision", "APPROVE"));
		assertThat(instance).isWaitingAt("Task_FinanceReview");
		assertThat(task(instance)).hasCandidateGroup("REVIEWER");
	}

	@Test
	void theLeaderReturnsToTheDrafter() {
		ProcessInstance instance = atLeader();
		complete(task(instance), withVariables("decision", "RETURN"));
		assertThat(instance).isWaitingAt("Task_DraftDisclosure");
	}

	@Test
	void theReviewerApprovesForPublication() {
		ProcessInstance instance = atReview();
		complete(task(instance), withVariables("decision", "APPROVE"));
		assertThat(instance).isWaitingAt("Task_Publish");
		assertThat(task(instance)).hasCandidateGroup("SUPERVISOR")
			.hasCandidateGroup("REVIEWER")
			.hasFormKey("app:publish");
	}

	@Test
	void theReviewerReturnsAndTheResubmissionComesBackToReview() {
		ProcessInstance instance = atReview();
		complete(task(instance), withVariables("decision", "RETURN"));
		assertThat(instance).isWaitingAt("Task_DraftDisclosure");
		complete(task(instance), withVariables("needsSignOff", false));
		assertThat(instance).isWaitingAt("Task_FinanceReview");
	}

	@Test
	void publicationEndsTheProcess() {
		ProcessInstance instance = atReview();
		complete(task(instance), withVariables("decision", "APPROVE"));
		complete(task(instance));
		assertThat(instance).isEnded()
			.hasPassedInOrder("Task_DraftDisclosure", "Task_LeaderSignOff", "Task_FinanceReview", "Task_Publish",
					"End_Published");
	}

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

	private ProcessInstance start() {
		return runtimeService().startProcessInstanceByKey("disclosure-review", "7",
				withVariables("disclosureId", 7L, "departmentCode", "312", "roundId", 3L));
	}

	private ProcessInstance atDraft() {
		subUnits.codes = List.of();
		return start();
	}

	private ProcessInstance atLeader() {
		ProcessInstance instance = atDraft();
		complete(task(instance), withVariables("needsSignOff", true));
		return instance;
	}

	private ProcessInstance atReview() {
		ProcessInstance instance = atLeader();
		complete(task(instance), withVariables("decision", "APPROVE"));
		return instance;
	}

	private Job timer(String activityId) {
		return engine.getManagementService().createJobQuery().activityId(activityId).singleResult();
	}

	/** The round's deadlines, fixed. */
	public static class FixedDeadlines {

		public Date dueOf(Long roundId) {
			return Date.from(DUE);
		}

		public Date reminderOf(Long roundId) {
			return Date.from(REMIND);
		}

	}

	/** A department's sub-units, fixed. */
	public static class FixedSubUnits {

		List<String> codes;

		FixedSubUnits(List<String> codes) {
			this.codes = codes;
		}

		public List<String> codesOf(String departmentCode) {
			return codes;
		}

	}

	/** Records which disclosures were reminded or escalated. */
	public static class RecordingNotices {

		final List<Long> reminded = new ArrayList<>();

		final List<Long> escalated = new ArrayList<>();

		public void remind(DelegateExecution execution) {
			reminded.add((Long) execution.getVariable("disclosureId"));
		}

		public void escalate(DelegateExecution execution) {
			escalated.add((Long) execution.getVariable("disclosureId"));
		}

	}

}
