package cn.budget.publication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import cn.budget.IntegrationTest;
import cn.budget.disclosure.Disclosures;
import cn.budget.workflow.Decision;
import cn.budget.workflow.Routes;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Two people publish the same disclosure at the same moment: one publication happens, the
 * other is told 409 "already published by someone else", and exactly one published
 * version exists.
 */
@IntegrationTest
class PublicationRaceIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Routes routes;

	@Autowired
	PublishedFiles files;

	@Autowired
	ObjectMapper json;

	@Test
	void theSecondOfTwoSimultaneousPublicationsAnswersConflict() throws Exception {
		long id = approved();
		String taskId = publishTask(id);
		CyclicBarrier start = new CyclicBarrier(2);
		ExecutorService pool = Executors.newFixedThreadPool(2);
		try {
			List<Future<MockHttpServletResponse>> answers = new ArrayList<>();
			for (String user : List.of("supervisor", "reviewer")) {
				answers.add(pool.submit(() -> {
					start.await(30, TimeUnit.SECONDS);
					return publish(user, taskId, "zh-CN");
				}));
			}
			List<Integer> statuses = new ArrayList<>();
			String refusal = null;
			for (Future<MockHttpServletResponse> answer : answers) {
				MockHttpServletResponse response = answer.get(120, TimeUnit.SECONDS);
				statuses.add(response.getStatus());
				if (response.getStatus() == 409) {
					refusal = json.readTree(response.getContentAsString()).get("detail").asText();
				}
			}
			assertThat(statuses).containsExactlyInAnyOrder(204, 409);
			assertThat(refusal).contains("已由他人发布");
		}
		finally {
			pool.shutdownNow();
		}
		assertOnePublishedVersion(id);
	}

	@Test
	void aPublicationArrivingAfterTheOtherIsToldSoInTheCallersLanguage() throws Exception {
		long id = approved();
		String taskId = publishTask(id);
		assertThat(publish("supervisor", taskId, "zh-CN").getStatus()).isEqualTo(204);
		MockHttpServletResponse late = publish("reviewer", taskId, "en");
		assertThat(late.getStatus()).isEqualTo(409);
		assertThat(json.readTree(late.getContentAsString()).get("detail").asText())
			.contains("already published by someone else");
		// Outside the department's scope the task stays unknown.
		assertThat(publish("drafter-ga", taskId, "zh-CN").getStatus()).isEqualTo(404);
		assertOnePublishedVersion(id);
	}

	private void assertOnePublishedVersion(long id) {
		assertThat(routes.document(id).getState().name()).isEqualTo("PUBLISHED");
		assertThat(files.find(id, 1, "csv")).isPresent();
		assertThat(files.find(id, 2, "csv")).isEmpty();
	}

	private MockHttpServletResponse publish(String user, String taskId, String language) throws Exception {
		return mvc
			.perform(post("/api/tasks/" + taskId + "/complete").with(httpBasic(user, "demo"))
				.header(HttpHeaders.ACCEPT_LANGUAGE, language)
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"decision\":\"APPROVE\"}"))
			.andReturn()
			.getResponse();
	}

	private long approved() {
		long id = routes.open("305").disclosures().get(0).id();
		routes.write("drafter-jy", id, Disclosures::wholeBudgetDisclosure);
		routes.complete("drafter-jy", id, "Task_DraftDisclosure", Decision.SUBMIT, "提交");
		routes.complete("leader-jy", id, "Task_LeaderSignOff", Decision.APPROVE, null);
		routes.complete("reviewer", id, "Task_FinanceReview", Decision.APPROVE, null);
		return id;
	}

	private String publishTask(long id) throws Exception {
		String body = mvc.perform(get("/api/tasks").with(httpBasic("supervisor", "demo")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		for (JsonNode task : json.readTree(body)) {
			if (task.get("disclosureId").asLong() == id && task.get("taskKey").asText().equals("Task_Publish")) {
				return task.get("id").asText();
			}
		}
		throw new AssertionError("no publish task on " + id);
	}

}
