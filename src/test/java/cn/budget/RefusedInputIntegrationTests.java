package cn.budget;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Map;

import cn.budget.disclosure.DisclosureDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;

/**
 * Oversize and malformed input on a disclosure's route and at the edge of the application
 * (comments, decisions, lists, paths) answers 4xx with a readable message in the caller's
 * language, never 500, and changes nothing: each test reads the resource again. The
 * drafts' own content is {@link RefusedDraftInputIntegrationTests}.
 */
@IntegrationTest
class RefusedInputIntegrationTests extends RefusedInputFixture {

	@Test
	void anOversizeCommentOrAnchorIsRefused() throws Exception {
		DisclosureDocument before = created();
		comment(before.getId(), Map.of("text", "长".repeat(4001))).andExpect(status().isUnprocessableEntity())
			.andExpect(jsonPath("$.errors[0].message").value("内容过长，最多 4,000 个字符。"));
		comment(before.getId(), Map.of("partKey", "overview", "anchor", LONG_501, "text", "请核对"))
			.andExpect(status().isUnprocessableEntity())
			.andExpect(jsonPath("$.errors[0].field").value("anchor"))
			.andExpect(jsonPath("$.errors[0].message").value("内容过长，最多 500 个字符。"));
		mvc.perform(post("/disclosures/" + before.getId() + "/comments").with(httpBasic("reviewer", "demo"))
			.with(csrf())
			.param("anchor", LONG_501)
			.param("partKey", "overview")
			.param("text", "请核对"))
			.andExpect(status().isUnprocessableEntity())
			.andExpect(content().string(containsString("内容过长，最多 500 个字符。")));
		mvc.perform(get("/api/disclosures/" + before.getId() + "/comments").with(httpBasic("reviewer", "demo")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.length()").value(0));
	}

	@Test
	void anOversizeDecisionCommentIsRefusedAndTheTaskStaysOpen() throws Exception {
		long id = routes.open("305").disclosures().get(0).id();
		String taskId = draftTask(id);
		mvc.perform(post("/api/tasks/" + taskId + "/complete").with(httpBasic("drafter-jy", "demo"))
			.contentType(MediaType.APPLICATION_JSON)
			.content(json.writeValueAsString(Map.of("decision", "SUBMIT", "comment", "长".repeat(4001)))))
			.andExpect(status().isUnprocessableEntity())
			.andExpect(jsonPath("$.errors[0].message").value("内容过长，最多 4,000 个字符。"));
		// The drafting page shows the refusal in the editor, with what was typed.
		mvc.perform(post("/tasks/" + taskId + "/complete").with(httpBasic("drafter-jy", "demo"))
			.with(csrf())
			.param("decision", "SUBMIT")
			.param("comment", "长".repeat(4001)))
			.andExpect(status().isFound())
			.andExpect(flash().attribute("taskError", "内容过长，最多 4,000 个字符。"));
		assertThat(draftTask(id)).isEqualTo(taskId);
		assertThat(routes.document(id).getState().name()).isEqualTo("DRAFT");
	}

	@Test
	void listsLongerThanAnyRealOneAreRefused() throws Exception {
		String codes = String.join(",", java.util.Collections.nCopies(5001, "\"305\""));
		mvc.perform(post("/api/rounds").with(httpBasic("supervisor", "demo"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"fiscalYear\":" + Years.next() + ",\"template\":\"BUDGET\",\"approvalDate\":\"2026-03-02\","
					+ "\"departmentCodes\":[" + codes + "]}"))
			.andExpect(status().isUnprocessableEntity())
			.andExpect(jsonPath("$.errors[0].message").value("一次最多 5,000 项。"));
		String[] taskIds = java.util.stream.IntStream.range(0, 1001).mapToObj(String::valueOf).toArray(String[]::new);
		mvc.perform(post("/tasks/claim").with(httpBasic("drafter-jy", "demo")).with(csrf()).param("taskIds", taskIds))
			.andExpect(status().is4xxClientError());
	}

	@ParameterizedTest
	@ValueSource(strings = { "//engine-rest/task", "/engine-rest;x=1/task", "/engine-rest/%2e%2e/task",
			"/public/..;/api/me", "/api/disclosures/%2F1" })
	void malformedPathsAreABadRequest(String path) throws Exception {
		mvc.perform(get("/").with(request -> {
			request.setRequestURI(path);
			return request;
		}).with(httpBasic("admin", "demo"))).andExpect(status().isBadRequest());
	}

	private String draftTask(long id) throws Exception {
		String body = mvc.perform(get("/api/tasks").with(httpBasic("drafter-jy", "demo")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		for (var task : json.readTree(body)) {
			if (task.get("disclosureId").asLong() == id
					&& task.get("taskKey").asText().equals("Task_DraftDisclosure")) {
				return task.get("id").asText();
			}
		}
		throw new AssertionError("no draft task on " + id);
	}

	private ResultActions comment(long id, Map<String, String> body) throws Exception {
		return mvc.perform(post("/api/disclosures/" + id + "/comments").with(httpBasic("reviewer", "demo"))
			.contentType(MediaType.APPLICATION_JSON)
			.content(json.writeValueAsString(body)));
	}

}
