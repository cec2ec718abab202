package cn.budget;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.stream.StreamSupport;

import cn.budget.disclosure.Disclosures;
import cn.budget.workflow.Decision;
import cn.budget.workflow.Routes;
import cn.budget.support.JsonCalls;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultMatcher;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * {@code /actuator/prometheus} is for administrators, and shows the product's own metrics
 * ({@code disclosure_*}) as a disclosure travels its route through the JSON API. The
 * context is shared, so counts are compared before and after.
 */
@IntegrationTest
class MetricsIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ObjectMapper json;

	@Autowired
	MeterRegistry registry;

	@Autowired
	Routes routes;

	@Autowired
	Clock clock;

	@Test
	void onlyAnAdministratorScrapes() throws Exception {
		mvc.perform(get("/actuator/prometheus")).andExpect(status().isUnauthorized());
		mvc.perform(get("/actuator/prometheus").with(httpBasic("reviewer", "demo"))).andExpect(status().isForbidden());
		mvc.perform(get("/actuator/prometheus").with(httpBasic("supervisor", "demo")))
			.andExpect(status().isForbidden());
		mvc.perform(get("/actuator/prometheus").with(httpBasic("admin", "wrong"))).andExpect(status().isUnauthorized());
		mvc.perform(get("/actuator/prometheus").with(httpBasic("admin", "demo"))).andExpect(status().isOk());
	}

	@Test
	void theRouteShowsInTheMetrics() throws Exception {
		double overdue = gauge("disclosure.overdue");
		long id = anOverdueDisclosure(overdue);
		blockedSubmission(id);
		submission(id);
		export(id);
		publication(id, overdue);
		rejectedImport();
		theScrapeShowsThemAll();
	}

	private long anOverdueDisclosure(double overdue) throws Exception {
		LocalDate longAgo = LocalDate.now(clock).minusDays(60);
		JsonNode round = call("supervisor", post("/api/rounds"), "{\"fiscalYear\":" + Years.next()
				+ ",\"template\":\"BUDGET\",\"approvalDate\":\"" + longAgo + "\",\"departmentCodes\":[\"305\"]}",
				status().isCreated());
		long id = round.at("/disclosures/0/id").asLong();
		assertThat(gauge("disclosure.overdue")).isEqualTo(overdue + 1);
		return id;
	}

	private void blockedSubmission(long id) throws Exception {
		double blocked = count("disclosure.submissions.refused", "reason", "blocked");
		double checkRuns = timer("disclosure.checks.run", null, null);
		submit(id, status().isConflict());
		assertThat(count("disclosure.submissions.refused", "reason", "blocked")).isEqualTo(blocked + 1);
		assertThat(timer("disclosure.checks.run", null, null)).isGreaterThan(checkRuns);
	}

	private void submission(long id) throws Exception {
		routes.write("drafter-jy", id, Disclosures::wholeBudgetDisclosure);
		double drafted = count("disclosure.tasks.completed", "step", "Task_DraftDisclosure", "decision", "SUBMIT");
		submit(id, status().isNoContent());
		assertThat(count("disclosure.tasks.completed", "step", "Task_DraftDisclosure", "decision", "SUBMIT"))
			.isEqualTo(drafted + 1);
	}

	private void export(long id) throws Exception {
		double xlsx = timer("disclosure.render", "format", "xlsx");
		mvc.perform(get("/api/disclosures/" + id + "/export.xlsx").with(httpBasic("drafter-jy", "demo")))
			.andExpect(status().isOk());
		assertThat(timer("disclosure.render", "format", "xlsx")).isEqualTo(xlsx + 1);
	}

	private void publication(long id, double overdue) {
		double published = count("disclosure.publications", "kind", "first");
		routes.complete("leader-jy", id, "Task_LeaderSignOff", Decision.APPROVE, null);
		routes.complete("reviewer", id, "Task_FinanceReview", Decision.APPROVE, null);
		routes.complete("supervisor", id, "Task_Publish", Decision.APPROVE, null);
		assertThat(count("disclosure.publications", "kind", "first")).isEqualTo(published + 1);
		assertThat(timer("disclosure.render", "format", "pdf")).isPositive();
		assertThat(gauge("disclosure.overdue")).isEqualTo(overdue);
	}

	private void rejectedImport() throws Exception {
		double rejected = count("disclosure.imports", "outcome", "rejected");
		mvc.perform(multipart("/api/imports")
			.file(new MockMultipartFile("file", "blank.txt", null, "\n \n".getBytes(StandardCharsets.UTF_8)))
			.with(httpBasic("drafter-jy", "demo"))).andExpect(status().isUnprocessableEntity());
		assertThat(count("disclosure.imports", "outcome", "rejected")).isEqualTo(rejected + 1);
	}

	private void theScrapeShowsThemAll() throws Exception {
		String scrape = mvc.perform(get("/actuator/prometheus").with(httpBasic("admin", "demo")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(scrape).contains("disclosure_tasks_completed_total{", "step=\"Task_DraftDisclosure\"",
				"decision=\"SUBMIT\"", "disclosure_submissions_refused_total{reason=\"blocked\"}",
				"disclosure_checks_run_seconds_count", "disclosure_render_seconds_count{format=\"xlsx\"}",
				"disclosure_render_seconds_count{format=\"pdf\"}", "disclosure_imports_total{outcome=\"rejected\"}",
				"disclosure_publications_total{kind=\"first\"}", "disclosure_overdue ");
	}

	private void submit(long id, ResultMatcher expected) throws Exception {
		String task = StreamSupport
			.stream(call("drafter-jy", get("/api/tasks"), null, status().isOk()).spliterator(), false)
			.filter(t -> t.get("disclosureId").asLong() == id
					&& t.get("taskKey").asText().equals("Task_DraftDisclosure"))
			.findFirst()
			.orElseThrow()
			.get("id")
			.asText();
		mvc.perform(post("/api/tasks/" + task + "/complete").with(httpBasic("drafter-jy", "demo"))
			.contentType(MediaType.APPLICATION_JSON)
			.content(json.writeValueAsString(Map.of("decision", "SUBMIT", "comment", "逾期提交，原因已向财政局说明"))))
			.andExpect(expected);
	}

	private double gauge(String name) {
		return registry.get(name).gauge().value();
	}

	private double count(String name, String... tags) {
		Counter counter = registry.find(name).tags(tags).counter();
		return counter == null ? 0 : counter.count();
	}

	private double timer(String name, String tag, String value) {
		Timer timer = tag == null ? registry.find(name).timer() : registry.find(name).tag(tag, value).timer();
		return timer == null ? 0 : timer.count();
	}

	private JsonNode call(String user, MockHttpServletRequestBuilder request, String body, ResultMatcher expected)
			throws Exception {
		return JsonCalls.call(mvc, json, user, request, body, expected);
	}

}
