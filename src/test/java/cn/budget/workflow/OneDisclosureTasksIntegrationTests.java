package cn.budget.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;

import cn.budget.IntegrationTest;
import cn.budget.disclosure.Disclosures;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultMatcher;

/**
 * A client that works one disclosure: {@code GET /api/tasks?disclosure=} lists that
 * disclosure's tasks within the caller's scope, and completing a task nobody holds claims
 * it in the same transaction — for the caller only, and not at all when the completion is
 * refused.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OneDisclosureTasksIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ObjectMapper json;

	@Autowired
	Routes routes;

	@Autowired
	HistoryService history;

	@Autowired
	TaskService engineTasks;

	@Autowired
	TaskCommands commands;

	long police;

	long education;

	@BeforeAll
	void openARound() {
		RoundOpened round = routes.open("312", "305");
		police = round.disclosures().get(0).id();
		education = round.disclosures().get(1).id();
	}

	@Test
	void theTasksOfOneDisclosureOnly() throws Exception {
		assertThat(tasks("drafter-jj", police)).singleElement().satisfies(task -> {
			assertThat(task.get("disclosureId").asLong()).isEqualTo(police);
			assertThat(task.get("taskKey").asText()).isEqualTo("Task_ContributeSubUnit");
		});
		assertThat(tasks("drafter-jy", education)).extracting(t -> t.get("disclosureId").asLong())
			.containsOnly(education)
			.isNotEmpty();
		// The same scope as the whole inbox: another department's disclosure lists
		// nothing.
		assertThat(tasks("drafter-jy", police)).isEmpty();
		assertThat(tasks("leader-jy", police)).isEmpty();
		assertThat(tasks("drafter-ks", police)).extracting(t -> t.get("id").asText())
			.doesNotContain(tasks("drafter-jj", police).get(0).get("id").asText());
	}

	@Test
	void aDisclosureThatIsNoNumberIsABadRequest() throws Exception {
		mvc.perform(get("/api/tasks?disclosure=x").with(httpBasic("drafter-jj", "demo")))
			.andExpect(status().isBadRequest());
	}

	@Test
	void completingATaskNobodyHoldsClaimsItForTheCallerOnly() throws Exception {
		RoundOpened round = routes.open("312");
		long id = round.disclosures().get(0).id();
		String traffic = tasks("drafter-jj", id).get(0).get("id").asText();

		complete("drafter-ks", traffic, "SUBMIT", status().isForbidden());
		complete("leader-jy", traffic, "SUBMIT", status().isNotFound());
		assertThat(tasks("drafter-jj", id)).singleElement()
			.satisfies(task -> assertThat(task.get("assignee")).isNull());

		complete("drafter-jj", traffic, "SUBMIT", status().isNoContent());
		assertThat(tasks("drafter-jj", id)).isEmpty();
		assertThat(history.createHistoricTaskInstanceQuery().taskId(traffic).singleResult().getAssignee())
			.isEqualTo("drafter-jj");
	}

	@Test
	void aTaskClaimedMeanwhileIsRefusedAndStaysWithItsClaimant() throws Exception {
		long id = routes.open("312").disclosures().get(0).id();
		String traffic = tasks("drafter-jj", id).get(0).get("id").asText();
		// Claimed after the completion read it unclaimed: the claim inside the completion
		// refuses to take it over, and nothing is completed.
		engineTasks.claim(traffic, "drafter-jj");

		assertThatThrownBy(() -> commands.complete(traffic, null, "drafter-ks", Map.of()))
			.isInstanceOf(AccessDeniedException.class);
		assertThat(engineTasks.createTaskQuery().taskId(traffic).singleResult().getAssignee()).isEqualTo("drafter-jj");
	}

	@Test
	void aRefusedCompletionLeavesTheTaskUnclaimed() throws Exception {
		long id = routes.open("305").disclosures().get(0).id();
		routes.write("drafter-jy", id, Disclosures::wholeBudgetDisclosure);
		routes.complete("drafter-jy", id, "Task_DraftDisclosure", Decision.SUBMIT, "提交");
		String signOff = tasks("leader-jy", id).get(0).get("id").asText();

		// A return needs a reason: refused, and the claim is rolled back with it.
		complete("leader-jy", signOff, "RETURN", status().isUnprocessableEntity());
		assertThat(tasks("leader-jy", id)).singleElement().satisfies(task -> assertThat(task.get("assignee")).isNull());

		complete("leader-jy", signOff, "APPROVE", status().isNoContent());
		assertThat(tasks("reviewer", id)).singleElement()
			.satisfies(task -> assertThat(task.get("taskKey").asText()).isEqualTo("Task_FinanceReview"));
	}

	private List<JsonNode> tasks(String user, long disclosureId) throws Exception {
		String body = mvc.perform(get("/api/tasks?disclosure=" + disclosureId).with(httpBasic(user, "demo")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return StreamSupport.stream(json.readTree(body).spliterator(), false).toList();
	}

	private void complete(String user, String taskId, String decision, ResultMatcher expected) throws Exception {
		mvc.perform(post("/api/tasks/" + taskId + "/complete").with(httpBasic(user, "demo"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"decision\":\"" + decision + "\"}")).andExpect(expected);
	}

}
