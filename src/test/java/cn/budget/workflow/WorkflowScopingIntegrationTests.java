package cn.budget.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;

import cn.budget.IntegrationTest;
import cn.budget.audit.AuditEntry;
import cn.budget.audit.AuditTrail;
import cn.budget.disclosure.Disclosures;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/**
 * What lies around a disclosure — its comments, decisions, blackline, audit trail, checks,
 * exports, timeline, tasks and round — is as out of reach for another department as the disclosure
 * itself; and the route's tasks are completed only through the application.
 */
@IntegrationTest
@Import(Routes.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WorkflowScopingIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Routes routes;

	@Autowired
	TaskService tasks;

	@Autowired
	AuditTrail audit;

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

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "/api/disclosures/%d/comments", "/api/disclosures/%d/decisions",
			"/api/disclosures/%d/blackline", "/api/disclosures/%d/audit", "/api/disclosures/%d/audit/verify",
			"/api/disclosures/%d/checks", "/api/disclosures/%d/export.docx", "/disclosures/%d/timeline",
			"/disclosures/%d/checks/panel" })
	void anotherDepartmentFindsNothing(String path) throws Exception {
		String url = path.formatted(id);
		mvc.perform(get(url).with(httpBasic("drafter-jy", "demo"))).andExpect(status().isNotFound());
		mvc.perform(get(url).with(httpBasic("leader-jy", "demo"))).andExpect(status().isNotFound());
		mvc.perform(get(url).with(httpBasic("leader-ga", "demo"))).andExpect(status().isOk());
	}

	@Test
	void anotherDepartmentCannotCommentCorrectOrActOnTheTasks() throws Exception {
		mvc.perform(post("/api/disclosures/" + id + "/comments").with(httpBasic("drafter-jy", "demo"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"partKey\":\"duties\",\"text\":\"x\"}")).andExpect(status().isNotFound());
		mvc.perform(post("/api/disclosures/" + id + "/correction").with(httpBasic("drafter-jy", "demo")))
			.andExpect(status().isNotFound());
		String taskId = tasks.createTaskQuery().processInstanceBusinessKey(String.valueOf(id)).singleResult().getId();
		mvc.perform(post("/api/tasks/" + taskId + "/complete").with(httpBasic("leader-jy", "demo"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"decision\":\"APPROVE\"}")).andExpect(status().isNotFound());
		mvc.perform(post("/tasks/" + taskId + "/claim").with(httpBasic("leader-jy", "demo")).with(csrf()))
			.andExpect(status().isNotFound());
		mvc.perform(get("/api/rounds/" + round.id() + "/progress").with(httpBasic("drafter-jy", "demo")))
			.andExpect(status().isForbidden());
	}

	@Test
	void aCommentMustPointIntoItsOwnDisclosure() throws Exception {
		mvc.perform(post("/api/disclosures/" + id + "/comments").with(httpBasic("leader-ga", "demo"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"partKey\":\"duties\",\"tableId\":999999,\"text\":\"x\"}"))
			.andExpect(status().isUnprocessableEntity());
	}

	@Test
	void tasksAreCompletedOnlyThroughTheApplication() {
		String taskId = tasks.createTaskQuery().processInstanceBusinessKey(String.valueOf(id)).singleResult().getId();
		assertThatThrownBy(() -> tasks.complete(taskId)).hasMessageContaining("completed in the application");
		assertThat(tasks.createTaskQuery().taskId(taskId).count()).isEqualTo(1);
	}

	@Test
	void theChainVerifiesWithTheMicrosecondsTheDatabaseKeeps() {
		audit.append(new AuditEntry(id, Instant.parse("2026-03-02T01:00:00.123456789Z"), "system", "NOTE", null, "clock",
				null, "nanoseconds"));
		assertThat(audit.verify(routes.actor("admin"), id).intact()).isTrue();
	}

}
