package cn.budget.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.util.Date;
import java.util.List;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The {@code disclosure-review} process on its own: every gateway outcome from the
 * sub-units' contributions to publication. Its timers are
 * {@link DisclosureReviewTimersProcessTests}.
 */
@Deployment(resources = "bpmn/disclosure-review.bpmn")
class DisclosureReviewProcessTests extends DisclosureReviewProcessFixture {

	@RegisterExtension
	static ProcessEngineExtension engine = newEngine();

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

}
