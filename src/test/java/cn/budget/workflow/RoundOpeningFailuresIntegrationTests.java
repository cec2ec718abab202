package cn.budget.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;

import cn.budget.IntegrationTest;
import cn.budget.Years;
import cn.budget.identity.Actor;
import org.junit.jupiter.api.Test;

/**
 * A department that fails while a round opens in the background (as a round above
 * {@code app.rounds.synchronous-up-to} does; the tests record the round and start its
 * opening themselves, so the limit plays no part) keeps neither its disclosure nor its
 * route, is shown with its reason and opens on a retry, while the others of its batch
 * open. The tests wait on the background work itself, never on the clock.
 */
@IntegrationTest
class RoundOpeningFailuresIntegrationTests extends RoundOpeningFixture {

	@Test
	void aDepartmentThatFailsKeepsNothingAndOpensOnRetry() throws Exception {
		List<String> codes = departments(711, 2);
		int year = Years.beyondTheForms();
		long id = recorder.record(supervisor(), new NewRound(year, "BUDGET", LocalDate.of(2026, 3, 2), codes));
		// Between the request and the background work the second department loses its
		// only unit.
		setActive("712001", false);
		opening.inBackground(id).get(WAIT_SECONDS, TimeUnit.SECONDS);
		onlyTheFailedDepartmentIsListedAndHasNoDraft(id, year);
		aRetryOpensIt(id, year);
	}

	private void onlyTheFailedDepartmentIsListedAndHasNoDraft(long id, int year) throws Exception {
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
	}

	private void aRetryOpensIt(long id, int year) throws Exception {
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
		theOthersAreOpenedAndTheFailureAloneIsListed(id, year);
		aRetryOpensTheFailedOne(id, year);
	}

	private void theOthersAreOpenedAndTheFailureAloneIsListed(long id, int year) throws Exception {
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
	}

	private void aRetryOpensTheFailedOne(long id, int year) throws Exception {
		setActive("743001", true);
		mvc.perform(post("/api/rounds/" + id + "/opening/retry").with(httpBasic("supervisor", "demo")))
			.andExpect(status().isAccepted());
		awaitOpening(id);
		assertThat(rounds.progress(supervisor(), id).opened()).isEqualTo(4);
		assertThat(onRoute(year, "743")).isTrue();
	}

}
