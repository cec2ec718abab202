package cn.budget.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import cn.budget.IntegrationTest;
import cn.budget.Years;
import cn.budget.disclosure.DisclosureQueries;
import cn.budget.identity.Actor;
import cn.budget.identity.Directory;
import cn.budget.identity.Organisation;
import cn.budget.identity.UnitDraft;
import cn.budget.shared.Messages;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Rounds above {@code app.rounds.synchronous-up-to} departments (here: 1) answer 202 at
 * once and open in the background, one department per transaction: a department that
 * fails keeps neither its disclosure nor its route, is shown with its reason and opens on
 * a retry; what a restart left pending is resumed. The tests wait on the background work
 * itself, never on the clock.
 */
@IntegrationTest
@TestPropertySource(properties = "app.rounds.synchronous-up-to=1")
class RoundOpeningIntegrationTests {

	private static final long WAIT_SECONDS = 120;

	@Autowired
	MockMvc mvc;

	@Autowired
	Organisation organisation;

	@Autowired
	RoundRecorder recorder;

	@Autowired
	RoundOpening opening;

	@Autowired
	Rounds rounds;

	@Autowired
	DisclosureQueries disclosures;

	@Autowired
	RuntimeService runtime;

	@Autowired
	Directory directory;

	@Autowired
	ObjectMapper json;

	@Autowired
	Messages messages;

	@Test
	void aLargeRoundAnswersAtOnceAndOpensInTheBackground() throws Exception {
		List<String> codes = departments(701, 4);
		int year = Years.next();
		String body = mvc
			.perform(post("/api/rounds").with(httpBasic("supervisor", "demo"))
				.contentType(MediaType.APPLICATION_JSON)
				.content(json.writeValueAsString(new NewRound(year, "BUDGET", LocalDate.of(2026, 3, 2), codes))))
			.andExpect(status().isAccepted())
			.andExpect(jsonPath("$.departments").value(4))
			.andReturn()
			.getResponse()
			.getContentAsString();
		long id = json.readTree(body).get("id").asLong();
		assertThat(json.readTree(body).get("progress").asText()).isEqualTo("/api/rounds/" + id + "/opening");

		awaitOpening(id);
		mvc.perform(get("/api/rounds/" + id + "/opening").with(httpBasic("supervisor", "demo")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.total").value(4))
			.andExpect(jsonPath("$.opened").value(4))
			.andExpect(jsonPath("$.pending").value(0))
			.andExpect(jsonPath("$.failures.length()").value(0));
		for (String code : codes) {
			assertThat(onRoute(year, code)).as(code).isTrue();
		}
		mvc.perform(get("/api/rounds/" + id + "/opening").with(httpBasic("drafter-ga", "demo")))
			.andExpect(status().isForbidden());
		mvc.perform(get("/api/rounds/999999/opening").with(httpBasic("supervisor", "demo")))
			.andExpect(status().isNotFound());
	}

	@Test
	void theRoundsPageSendsALargeRoundToItsProgress() throws Exception {
		List<String> codes = departments(721, 2);
		String page = mvc
			.perform(post("/rounds").with(httpBasic("supervisor", "demo"))
				.with(csrf())
				.param("fiscalYear", String.valueOf(Years.next()))
				.param("template", "BUDGET")
				.param("approvalDate", "2026-03-02")
				.param("departmentCodes", codes.toArray(String[]::new)))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		assertThat(page).matches("/rounds/\\d+/opening");
		long id = Long.parseLong(page.replaceAll("\\D", ""));
		awaitOpening(id);
		String html = mvc.perform(get(page).with(httpBasic("supervisor", "demo")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(html).contains("已开启 2 / 2 个部门")
			.contains("/js/round-opening.js")
			.contains("/rounds/" + id + "/opening.json");
		mvc.perform(get("/rounds/" + id + "/opening.json").with(httpBasic("supervisor", "demo")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.opened").value(2));
	}

	@Test
	void aDepartmentThatFailsKeepsNothingAndOpensOnRetry() throws Exception {
		List<String> codes = departments(711, 2);
		int year = Years.beyondTheForms();
		long id = recorder.record(supervisor(), new NewRound(year, "BUDGET", LocalDate.of(2026, 3, 2), codes));
		// Between the request and the background work the second department loses its
		// only unit.
		setActive("712001", false);
		opening.inBackground(id).get(WAIT_SECONDS, TimeUnit.SECONDS);

		OpeningProgress failed = rounds.progress(supervisor(), id);
		assertThat(failed.opened()).isEqualTo(1);
		assertThat(failed.failures()).singleElement().satisfies(f -> {
			assertThat(f.departmentCode()).isEqualTo("712");
			assertThat(f.reason()).isEqualTo(messages.get(DepartmentOpener.NotStaffed.KEY));
		});
		assertThat(onRoute(year, "711")).isTrue();
		assertThat(disclosures.list(Actor.SYSTEM, year, "712")).as("the failed department's draft was rolled back")
			.isEmpty();
		String html = mvc.perform(get("/rounds/" + id + "/opening").with(httpBasic("supervisor", "demo")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(html).contains("data-department=\"712\"").contains("/rounds/" + id + "/opening/retry");

		setActive("712001", true);
		mvc.perform(post("/api/rounds/" + id + "/opening/retry").with(httpBasic("supervisor", "demo")))
			.andExpect(status().isAccepted());
		awaitOpening(id);
		OpeningProgress retried = rounds.progress(supervisor(), id);
		assertThat(retried.opened()).isEqualTo(2);
		assertThat(retried.failures()).isEmpty();
		assertThat(onRoute(year, "712")).isTrue();
	}

	@Test
	void oneFailingDepartmentOfABatchLeavesTheOthersOpenedAndAloneIsListed() throws Exception {
		List<String> codes = departments(741, 4);
		int year = Years.beyondTheForms();
		long id = recorder.record(supervisor(), new NewRound(year, "BUDGET", LocalDate.of(2026, 3, 2), codes));
		// The third department of the batch fails after the first two were opened in the
		// same transaction: their work is rolled back with it and done again on its own.
		// (In the calling thread: one batch of all four, as small rounds are opened.)
		setActive("743001", false);
		opening.run(id);

		mvc.perform(get("/api/rounds/" + id + "/opening").with(httpBasic("supervisor", "demo")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.total").value(4))
			.andExpect(jsonPath("$.opened").value(3))
			.andExpect(jsonPath("$.failed").value(1))
			.andExpect(jsonPath("$.pending").value(0))
			.andExpect(jsonPath("$.failures.length()").value(1))
			.andExpect(jsonPath("$.failures[0].departmentCode").value("743"))
			.andExpect(jsonPath("$.failures[0].attempts").value(1));
		assertThat(rounds.progress(supervisor(), id).failures()).singleElement()
			.satisfies(f -> assertThat(f.reason()).isEqualTo(messages.get(DepartmentOpener.NotStaffed.KEY)));
		for (String code : List.of("741", "742", "744")) {
			assertThat(onRoute(year, code)).as("%s has one disclosure on its route", code).isTrue();
		}
		assertThat(disclosures.list(Actor.SYSTEM, year, "743")).isEmpty();

		setActive("743001", true);
		mvc.perform(post("/api/rounds/" + id + "/opening/retry").with(httpBasic("supervisor", "demo")))
			.andExpect(status().isAccepted());
		awaitOpening(id);
		assertThat(rounds.progress(supervisor(), id).opened()).isEqualTo(4);
		assertThat(onRoute(year, "743")).isTrue();
	}

	@Test
	void whatARestartLeftPendingIsResumed() throws Exception {
		List<String> codes = departments(731, 2);
		int year = Years.beyondTheForms();
		// Recorded, never started: as a node that stopped right after answering leaves
		// it.
		long id = recorder.record(supervisor(), new NewRound(year, "BUDGET", LocalDate.of(2026, 3, 2), codes));
		assertThat(rounds.progress(supervisor(), id).pending()).isEqualTo(2);

		opening.resume();
		awaitOpening(id);
		assertThat(rounds.progress(supervisor(), id).opened()).isEqualTo(2);
		mvc.perform(post("/rounds/" + id + "/opening/retry").with(httpBasic("supervisor", "demo")).with(csrf()))
			.andExpect(redirectedUrl("/rounds/" + id + "/opening"));
	}

	private void awaitOpening(long id) throws Exception {
		CompletableFuture<Void> running = opening.runningOf(id).orElse(null);
		if (running != null) {
			running.get(WAIT_SECONDS, TimeUnit.SECONDS);
		}
		assertThat(rounds.progress(supervisor(), id).pending()).isZero();
	}

	private boolean onRoute(int year, String department) {
		List<Long> ids = disclosures.list(Actor.SYSTEM, year, department).stream().map(d -> d.id()).toList();
		return ids.size() == 1 && runtime.createProcessInstanceQuery()
			.processInstanceBusinessKey(String.valueOf(ids.get(0)))
			.count() == 1;
	}

	/** Fresh departments, each with its 本级 unit: codes first, first + 1, … */
	private List<String> departments(int first, int count) {
		List<String> codes = new java.util.ArrayList<>();
		for (int code = first; code < first + count; code++) {
			organisation.createUnit("admin",
					new UnitDraft(String.valueOf(code), "测试局" + code, null, "行政单位", "财政拨款", true));
			organisation.createUnit("admin",
					new UnitDraft(code + "001", "测试局" + code + "本级", String.valueOf(code), "行政单位", "财政拨款", true));
			codes.add(String.valueOf(code));
		}
		return codes;
	}

	private void setActive(String unit, boolean active) {
		organisation.updateUnit("admin", unit,
				new UnitDraft(unit, "测试局" + unit.substring(0, 3) + "本级", unit.substring(0, 3), "行政单位", "财政拨款", active));
	}

	private Actor supervisor() {
		return directory.actorOf("supervisor").orElseThrow();
	}

}
