package cn.budget.workflow;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.stream.Collectors;

import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * The route's BPMN names a form for every user task, and the forms declare the decisions
 * the pages offer and the completion accepts.
 */
class TaskFormTests {

	@Test
	void everyUserTaskOfTheRouteNamesAKnownForm() throws IOException {
		Map<String, TaskForm> forms;
		try (InputStream bpmn = getClass().getResourceAsStream("/bpmn/disclosure-review.bpmn")) {
			forms = Bpmn.readModelFromStream(bpmn)
				.getModelElementsByType(UserTask.class)
				.stream()
				.collect(Collectors.toMap(UserTask::getId, task -> TaskForm.ofKey(task.getCamundaFormKey())));
		}
		assertThat(forms).containsEntry(TaskKeys.CONTRIBUTE, TaskForm.CONTRIBUTE)
			.containsEntry(TaskKeys.DRAFT, TaskForm.DRAFT)
			.containsEntry(TaskKeys.SIGN_OFF, TaskForm.SIGN_OFF)
			.containsEntry(TaskKeys.REVIEW, TaskForm.REVIEW)
			.containsEntry(TaskKeys.PUBLISH, TaskForm.PUBLISH)
			.containsEntry(TaskKeys.FOLLOW_UP, TaskForm.OVERDUE)
			.hasSize(6);
	}

	@Test
	void drafterFormsOpenTheEditorAndOnlySubmit() {
		for (TaskForm form : new TaskForm[] { TaskForm.CONTRIBUTE, TaskForm.DRAFT }) {
			assertThat(form.page()).isEqualTo(TaskForm.Page.EDITOR);
			assertThat(form.takes(Decision.SUBMIT)).isTrue();
			assertThat(form.takes(Decision.APPROVE)).isFalse();
			assertThat(form.takes(Decision.RETURN)).isFalse();
		}
	}

	@Test
	void judgingFormsOfferReturnAndThePagesSayWhatTheCompletionTakes() {
		assertThat(TaskForm.SIGN_OFF.offered()).containsEntry("APPROVE", true)
			.containsEntry("RETURN", true)
			.containsEntry("SUBMIT", false);
		assertThat(TaskForm.REVIEW.page().view).isEqualTo("workflow/review");
		assertThat(TaskForm.PUBLISH.offered()).containsEntry("APPROVE", true).containsEntry("RETURN", false);
		assertThat(TaskForm.PUBLISH.page().view).isEqualTo("workflow/publish");
		assertThat(TaskForm.OVERDUE.page().view).isEqualTo("workflow/follow-up");
		assertThat(TaskForm.REVIEW.takes(null)).isFalse();
	}

	@Test
	void anUnknownFormKeyIsAModellingError() {
		assertThatIllegalStateException().isThrownBy(() -> TaskForm.ofKey("app:unknown"))
			.withMessageContaining("app:unknown");
	}

}
