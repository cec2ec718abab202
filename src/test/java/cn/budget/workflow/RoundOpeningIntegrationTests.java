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

import cn.budget.IntegrationTest;
import cn.budget.Years;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.util.AopTestUtils;
import org.springframework.test.util.ReflectionTestUtils;

/**
 * Rounds above {@code app.rounds.synchronous-up-to} departments (here: 1) answer 202 at
 * once and open in the background, one department per transaction; what a restart left
 * pending is resumed. A department that fails is
 * {@link RoundOpeningFailuresIntegrationTests}. The tests wait on the background work
 * itself, never on the clock.
 */
@IntegrationTest
class RoundOpeningIntegrationTests extends RoundOpeningFixture {

	private RoundOpeningProperties configured;

	/**
	 * The limit of 1 is set on the shared context's {@link Rounds} for these tests only
	 * (it reads it per request), rather than by a property: a context of its own costs a
	 * start of about 10 s in each pass of the build.
	 */
	@BeforeEach
	void openRoundsOfMoreThanOneDepartmentInTheBackground() {
		configured = (RoundOpeningProperties) ReflectionTestUtils.getField(target(), "properties");
		synchronousUpTo(new RoundOpeningProperties(1, configured.threads(), configured.queue(), configured.batch()));
	}

	@AfterEach
	void restoreTheConfiguredLimit() {
		synchronousUpTo(configured);
	}

	private void synchronousUpTo(RoundOpeningProperties properties) {
		ReflectionTestUtils.setField(target(), "properties", properties);
	}

	private Rounds target() {
		return AopTestUtils.getUltimateTargetObject(rounds);
	}

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

}
