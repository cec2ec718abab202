package cn.budget.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.budget.IntegrationTest;
import cn.budget.disclosure.Disclosures;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A comment points into its own disclosure and the route's tasks are completed only
 * through the application. Who reaches what around a disclosure (its comments, decisions,
 * blackline, audit trail, checks, exports, timeline, tasks and round) is the route
 * matrix's ({@code RouteAccessMatrixIntegrationTests}).
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WorkflowScopingIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Routes routes;

	@Autowired
	TaskService tasks;

	@Autowired
	TaskViews views;

	@Autowired
	org.camunda.bpm.engine.RuntimeService runtime;

	RoundOpened round;

	long id;

	@BeforeAll
	void submitADisclosureOfThePolice() {
		round = routes.open("312");
		id = round.disclosures().get(0).id();
		routes.complete("drafter-jj", id, "Task_ContributeSubUnit", Decision.SUBMIT, null);
		routes.complete("drafter-ks", id, "Task_ContributeSubUnit", Decision.SUBMIT, null);
		routes.write("drafter-ga", id, Disclosures::wholeBudgetDisclosure);
		routes.complete("drafter-ga", id, "Task_DraftDisclosure", Decision.SUBMIT, "提交审签");
	}

	@Test
	void aCommentMustPointIntoItsOwnDisclosure() throws Exception {
		mvc.perform(post("/api/disclosures/" + id + "/comments").with(httpBasic("leader-ga", "demo"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"partKey\":\"duties\",\"tableId\":999999,\"text\":\"x\"}"))
			.andExpect(status().isUnprocessableEntity());
	}

	/**
	 * Two inbox queries race a completion: the tasks listed a moment ago may belong to a
	 * process that has ended since. It is simply no longer in the inbox (this was a 500
	 * under load).
	 */
	@Test
	void aTaskWhoseProcessEndedMeanwhileIsNoLongerListed() {
		long other = routes.open("305").disclosures().get(0).id();
		var stale = tasks.createTaskQuery()
			.processInstanceBusinessKeyIn(String.valueOf(id), String.valueOf(other))
			.list();
		String ended = stale.stream()
			.filter(t -> t.getProcessInstanceId() != null)
			.filter(t -> runtime.createProcessInstanceQuery()
				.processInstanceId(t.getProcessInstanceId())
				.processInstanceBusinessKey(String.valueOf(other))
				.count() == 1)
			.findFirst()
			.orElseThrow()
			.getProcessInstanceId();
		runtime.deleteProcessInstance(ended, "ended by another request");

		assertThat(views.visibleTo(routes.actor("admin"), stale)).extracting(TaskView::disclosureId)
			.isNotEmpty()
			.doesNotContain(other);
	}

	@Test
	void tasksAreCompletedOnlyThroughTheApplication() {
		String taskId = tasks.createTaskQuery().processInstanceBusinessKey(String.valueOf(id)).singleResult().getId();
		assertThatThrownBy(() -> tasks.complete(taskId)).hasMessageContaining("completed in the application");
		assertThat(tasks.createTaskQuery().taskId(taskId).count()).isEqualTo(1);
	}

}
