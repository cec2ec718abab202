package cn.budget.checks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Locale;

import cn.budget.IntegrationTest;
import cn.budget.disclosure.DisclosureDocument;
import cn.budget.disclosure.DisclosureQueries;
import cn.budget.disclosure.Disclosures;
import cn.budget.support.DraftRequests;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The checks of a stored disclosure over the API and in the editor's panel, within the
 * caller's scope, with the configured rules.
 */
@IntegrationTest
class ChecksIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ObjectMapper json;

	@Autowired
	DisclosureChecks checks;

	@Autowired
	DisclosureQueries queries;

	@Autowired
	Clock clock;

	private long id;

	/** A stored disclosure modelled on seed 001, whose planned assets do not add up. */
	@BeforeEach
	void storeADisclosure() throws Exception {
		DisclosureDocument document = created("drafter-ga", "312");
		id = document.getId();
		mvc.perform(put("/api/disclosures/" + id).with(httpBasic("drafter-ga", "demo"))
			.contentType(MediaType.APPLICATION_JSON)
			.content(json.writeValueAsString(Disclosures.wholeBudgetDisclosure(document)))).andExpect(status().isOk());
	}

	@Test
	void theApiListsFindingsWithBothFiguresAndWhereTheyAre() throws Exception {
		mvc.perform(
				get("/api/disclosures/" + id + "/checks").with(httpBasic("reviewer", "demo")).locale(Locale.ENGLISH))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[?(@.rule == 'sum.planned-assets')].severity").value("ERROR"))
			.andExpect(jsonPath("$[?(@.rule == 'sum.planned-assets')].part").value("assets"))
			.andExpect(jsonPath("$[?(@.rule == 'sum.planned-assets')].expected").value("1,278.00万元"))
			.andExpect(jsonPath("$[?(@.rule == 'sum.planned-assets')].actual").value("1,794.50万元"))
			.andExpect(jsonPath("$[?(@.rule == 'sum.planned-assets')].anchor").value("f-planned_assets_total"))
			.andExpect(
					jsonPath("$[?(@.rule == 'sum.planned-assets')].address").value("assets:field:planned_assets_total"))
			.andExpect(jsonPath("$[?(@.rule == 'sum.planned-assets')].message")
				.value(Matchers.hasItem(Matchers.startsWith("Planned new assets 1,794.50万元"))))
			.andExpect(jsonPath("$[?(@.rule == 'sum.planned-assets')].location")
				.value(Matchers.hasItem(Matchers.containsString("Assets planned this year"))));
	}

	@Test
	void aStoredCompleteDisclosureHasNoBlockingFindings() throws Exception {
		DisclosureDocument stored = stored();
		assertThat(checks.blockingFindings(stored.view())).isEmpty();
		assertThat(checks.check(stored.view())).extracting(Finding::rule)
			.contains("sum.planned-assets")
			.doesNotContain("arithmetic.rounding", "sum.budget-basic", "sum.three-public");
	}

	@Test
	void outsideTheCallersScopeTheDisclosureIsNotFound() throws Exception {
		mvc.perform(get("/api/disclosures/" + id + "/checks").with(httpBasic("drafter-jy", "demo")))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		mvc.perform(get("/api/disclosures/" + id + "/checks")).andExpect(status().isUnauthorized());
	}

	@Test
	void theEditorsPanelShowsThePartsFindingsWithLinksAndCountsPerPart() throws Exception {
		String html = mvc
			.perform(get("/disclosures/" + id + "/checks/panel").param("part", "assets")
				.with(httpBasic("drafter-ga", "demo")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(html)
			.contains("href=\"#f-planned_assets_total\"", "data-rule=\"sum.planned-assets\"",
					"data-part=\"assets\" data-errors=\"1\"", "1,278.00万元")
			.doesNotContain("data-rule=\"sum.procurement\"");
		mvc.perform(get("/disclosures/" + id + "/checks/panel").with(httpBasic("drafter-jy", "demo")))
			.andExpect(status().isNotFound());
	}

	/**
	 * Every finding's link names an element of its part's drafting page, and the page
	 * brings the panel with those links itself (the grid and the findings spell the ids
	 * the same way: {@code ElementIds}).
	 */
	@Test
	void eachFindingsLinkLeadsToAnElementOfItsPartsPage() throws Exception {
		DisclosureDocument stored = stored();
		List<Finding> linked = checks.check(stored.view()).stream().filter(f -> f.anchor() != null).toList();
		assertThat(linked).extracting(Finding::anchor)
			.anyMatch(a -> a.startsWith("c-"))
			.anyMatch(a -> a.startsWith("f-"));
		for (Finding finding : linked) {
			String page = mvc
				.perform(get("/disclosures/" + id + "/parts/" + finding.part()).with(httpBasic("drafter-ga", "demo")))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString();
			assertThat(page).as(finding.key())
				.contains("id=\"" + finding.anchor() + "\"", "data-check-anchor=\"" + finding.anchor() + "\"");
		}
	}

	@Test
	void theRulesAreListedWithTheirConfiguration() throws Exception {
		mvc.perform(get("/api/checks/rules").with(httpBasic("reviewer", "demo")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[?(@.id == 'completeness.required-part')].blocking").value(true))
			.andExpect(jsonPath("$[?(@.id == 'sum.three-public')].blocking").value(false));
	}

	/**
	 * A dashboard's counts are read and checked a batch at a time (a province round's
	 * contents do not fit in memory at once): in batches of one they are the same as all
	 * at once, and the checks' own count.
	 */
	@Test
	void errorCountsReadInBatchesAreTheSameAsAllAtOnce() throws Exception {
		DisclosureDocument other = created("drafter-jy", "305");
		DisclosureDocument stored = stored();
		Map<Long, Long> versions = Map.of(id, stored.getVersion(), other.getId(), other.getVersion());

		Map<Long, Long> oneByOne = new ErrorCounts(checks, queries, clock, 1).of(versions);

		assertThat(oneByOne).containsOnlyKeys(id, other.getId())
			.isEqualTo(new ErrorCounts(checks, queries, clock, 100).of(versions));
		assertThat(oneByOne.get(id)).isPositive()
			.isEqualTo(checks.check(stored.view()).stream().filter(f -> f.severity() == Severity.ERROR).count());
	}

	private DisclosureDocument created(String drafter, String department) throws Exception {
		return DraftRequests.create(mvc, json, drafter, department, "BUDGET");
	}

	private DisclosureDocument stored() throws Exception {
		return json.readValue(mvc.perform(get("/api/disclosures/" + id).with(httpBasic("drafter-ga", "demo")))
			.andReturn()
			.getResponse()
			.getContentAsString(), DisclosureDocument.class);
	}

}
