package cn.budget.identity.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;

import cn.budget.IntegrationTest;
import cn.budget.identity.Accounts;
import cn.budget.workflow.RoundOpened;
import cn.budget.workflow.Routes;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A county as a new user would bring it in (issue 11, "Done when"): 150 departments with
 * 2–4 units each and 600 people, in the template's layout, checked, imported and imported
 * again (nothing changes); a round opened for three of them; an imported sub-unit drafter
 * completes the first task, and another department's drafter sees nothing of it. Its own
 * application context (a database of its own), so the other tests' organisation stays the
 * demo one. The times are logged for docs/benchmarks.md, never asserted.
 */
@IntegrationTest
@TestPropertySource(properties = "app.test.context=county-import")
class CountyImportScenarioIntegrationTests {

	private static final Logger log = LoggerFactory.getLogger(CountyImportScenarioIntegrationTests.class);

	private static final String PASSWORD = "County-Import-2026";

	@Autowired
	MockMvc mvc;

	@Autowired
	Accounts accounts;

	@Autowired
	Routes routes;

	@Autowired
	ObjectMapper json;

	@Test
	void aCountyOf150DepartmentsAnd600PeopleIsImportedAndWorksAtOnce() throws Exception {
		byte[] county = OrganisationFiles.county(150, 600);
		JsonNode dryRun = timed("dry run", county, true);
		assertThat(dryRun.get("created").asInt()).isEqualTo(150 + 450 + 600);
		assertThat(dryRun.get("errors")).isEmpty();
		JsonNode applied = timed("apply", county, false);
		assertThat(applied.get("created").asInt()).isEqualTo(1200);
		JsonNode again = timed("apply again", county, false);
		assertThat(List.of(again.get("created").asInt(), again.get("changed").asInt(), again.get("deactivated").asInt(),
				again.get("unchanged").asInt()))
			.containsExactly(0, 0, 0, 1200);
		long disclosure = aSubUnitDrafterSubmitsAtOnce();
		anotherDepartmentsDrafterSeesNothingOfIt(disclosure);
	}

	private long aSubUnitDrafterSubmitsAtOnce() throws Exception {
		// 7000: main unit 7000001 and sub-unit 7000002, one drafter each; 7001's
		// main-unit drafter.
		List.of("drafter7000002-1", "drafter7001001-2").forEach(u -> accounts.setChosenPassword("admin", u, PASSWORD));
		RoundOpened round = routes.open("7000", "7001", "7002");
		long disclosure = round.disclosures()
			.stream()
			.filter(d -> d.departmentCode().equals("7000"))
			.findFirst()
			.orElseThrow()
			.id();
		JsonNode tasks = read("drafter7000002-1", "/api/tasks");
		assertThat(tasks).hasSize(1);
		assertThat(tasks.get(0).get("disclosureId").asLong()).isEqualTo(disclosure);
		String complete = "/api/tasks/" + tasks.get(0).get("id").asText() + "/complete";
		mvc.perform(post(complete).contentType(MediaType.APPLICATION_JSON)
			.content("{\"decision\":\"SUBMIT\"}")
			.with(httpBasic("drafter7000002-1", PASSWORD))).andExpect(status().isNoContent());
		return disclosure;
	}

	private void anotherDepartmentsDrafterSeesNothingOfIt(long disclosure) throws Exception {
		mvc.perform(get("/api/disclosures/" + disclosure).with(httpBasic("drafter7001001-2", PASSWORD)))
			.andExpect(status().isNotFound());
		assertThat(read("drafter7001001-2", "/api/tasks").findValues("disclosureId"))
			.noneMatch(id -> id.asLong() == disclosure);
		assertThat(read("drafter7001001-2", "/api/disclosures").toString()).doesNotContain("\"7000\"");
	}

	private JsonNode timed(String what, byte[] file, boolean dryRun) throws Exception {
		long start = System.nanoTime();
		String body = mvc
			.perform(multipart("/api/admin/organisation/import")
				.file(new MockMultipartFile("file", "county.xlsx", null, file))
				.param("dryRun", String.valueOf(dryRun))
				.with(httpBasic("admin", "demo")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		log.info("County of 150 departments, 600 people, {}: {} ms", what, (System.nanoTime() - start) / 1_000_000);
		return json.readTree(body);
	}

	private JsonNode read(String user, String path) throws Exception {
		return json.readTree(mvc.perform(get(path).with(httpBasic(user, PASSWORD)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8));
	}

}
