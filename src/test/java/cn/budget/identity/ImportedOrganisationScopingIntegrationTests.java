package cn.budget.identity;

import static cn.budget.identity.importing.OrganisationFiles.person;
import static cn.budget.identity.importing.OrganisationFiles.unit;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import cn.budget.IntegrationTest;
import cn.budget.disclosure.DisclosureUpdate;
import cn.budget.disclosure.PartContent;
import cn.budget.identity.importing.OrganisationFiles;
import cn.budget.workflow.RoundOpened;
import cn.budget.workflow.Routes;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The scoping rules of {@link ScopingMatrixIntegrationTests} and
 * {@link RouteAccessMatrixIntegrationTests} hold for an organisation brought in by the
 * bulk import exactly as for the demo one: 县林草局 (871) with its main unit and a sub-unit,
 * and 县气象局 (872), imported through the API, their people given passwords, a round opened
 * for both. Nobody of 872 finds anything of 871's disclosure (404), its sub-unit drafter
 * sees the disclosure but acts only on their own part.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ImportedOrganisationScopingIntegrationTests {

	static final String PASSWORD = "Linye-Qixiang-2026";

	static final List<String> PEOPLE = List.of("leader-871", "drafter-871", "drafter-8712", "leader-872",
			"drafter-872");

	@Autowired
	MockMvc mvc;

	@Autowired
	Accounts accounts;

	@Autowired
	Routes routes;

	@Autowired
	ObjectMapper json;

	long forestry;

	long weather;

	@BeforeAll
	void importTwoDepartmentsAndOpenARoundForThem() throws Exception {
		byte[] file = OrganisationFiles.xlsx(
				List.of(unit("871", "县林草局", null), unit("871001", "县林草局本级", "871"), unit("871002", "县林场", "871"),
						unit("872", "县气象局", null), unit("872001", "县气象局本级", "872")),
				List.of(person("leader-871", "林草局领导", "单位领导", "871"), person("drafter-871", "林草局填报员", "填报员", "871001"),
						person("drafter-8712", "林场填报员", "填报员", "871002"), person("leader-872", "气象局领导", "单位领导", "872"),
						person("drafter-872", "气象局填报员", "填报员", "872001")));
		mvc.perform(multipart("/api/admin/organisation/import")
			.file(new MockMultipartFile("file", "county.xlsx", null, file))
			.param("dryRun", "false")
			.with(httpBasic("admin", "demo"))).andExpect(status().isOk());
		PEOPLE.forEach(username -> accounts.setChosenPassword("admin", username, PASSWORD));
		RoundOpened round = routes.open("871", "872");
		forestry = round.disclosures()
			.stream()
			.filter(d -> d.departmentCode().equals("871"))
			.findFirst()
			.orElseThrow()
			.id();
		weather = round.disclosures()
			.stream()
			.filter(d -> d.departmentCode().equals("872"))
			.findFirst()
			.orElseThrow()
			.id();
		as("drafter-871", post("/api/disclosures/" + forestry + "/comments").contentType(MediaType.APPLICATION_JSON)
			.content("{\"partKey\":\"duties\",\"text\":\"请林场补充\"}"), 201);
	}

	@ParameterizedTest(name = "{0} reads 871''s disclosure, comments, audit and Word file: {1}")
	@CsvSource({ "drafter-872, 404", "leader-872, 404", "drafter-871, 200", "drafter-8712, 200", "leader-871, 200",
			"reviewer, 200", "drafter-ga, 404" })
	void readsTheImportedDepartmentsDisclosureOnlyWithinScope(String user, int expected) throws Exception {
		for (String path : List.of("/api/disclosures/%d", "/disclosures/%d/parts/duties",
				"/api/disclosures/%d/comments", "/api/disclosures/%d/audit", "/api/disclosures/%d/export.docx")) {
			as(user, get(path.formatted(forestry)), expected);
		}
	}

	@ParameterizedTest(name = "{0} changes the texts of 871: {1}")
	@CsvSource({ "drafter-872, 404", "drafter-8712, 403", "drafter-871, 200" })
	void onlyTheMainUnitsDrafterChangesTheTexts(String user, int expected) throws Exception {
		DisclosureUpdate update = new DisclosureUpdate();
		update.setVersion(read("admin", "demo", "/api/disclosures/" + forestry).get("version").asLong());
		PartContent duties = new PartContent("duties");
		duties.field("organisation").setValue("内设机构（" + user + "）");
		update.getParts().add(duties);
		as(user, put("/api/disclosures/" + forestry).contentType(MediaType.APPLICATION_JSON)
			.content(json.writeValueAsString(update)), expected);
	}

	@Test
	void listsAndInboxesShowOnlyTheirOwnDepartment() throws Exception {
		assertThat(read("drafter-872", PASSWORD, "/api/disclosures").toString()).contains("\"872\"")
			.doesNotContain("\"871\"");
		assertThat(read("drafter-871", PASSWORD, "/api/disclosures").toString()).contains("\"871\"")
			.doesNotContain("\"872\"");
		assertThat(tasks("drafter-872")).containsExactly("Task_DraftDisclosure " + weather);
		assertThat(tasks("leader-872")).isEmpty();
		// 871's main-unit drafter drafts once the sub-unit has contributed (the test
		// below).
		assertThat(tasks("drafter-871")).allMatch(t -> t.endsWith(" " + forestry));
		assertThat(tasks("drafter-8712")).allMatch(t -> t.equals("Task_ContributeSubUnit " + forestry));
	}

	@Test
	void theSubUnitDrafterCompletesTheirPartAndNobodyOfTheOtherDepartmentCan() throws Exception {
		String task = read("drafter-8712", PASSWORD, "/api/tasks").get(0).get("id").asText();
		String complete = "/api/tasks/" + task + "/complete";
		as("drafter-872", post(complete).contentType(MediaType.APPLICATION_JSON).content("{\"decision\":\"SUBMIT\"}"),
				404);
		as("drafter-8712", post(complete).contentType(MediaType.APPLICATION_JSON).content("{\"decision\":\"SUBMIT\"}"),
				204);
		assertThat(tasks("drafter-8712")).isEmpty();
		assertThat(tasks("drafter-871")).containsExactly("Task_DraftDisclosure " + forestry);
		assertThat(tasks("drafter-872")).containsExactly("Task_DraftDisclosure " + weather);
	}

	private void as(String user, MockHttpServletRequestBuilder request, int expected) throws Exception {
		mvc.perform(request.with(httpBasic(user, PEOPLE.contains(user) ? PASSWORD : "demo")))
			.andExpect(status().is(expected));
	}

	private JsonNode read(String user, String password, String path) throws Exception {
		return json.readTree(mvc.perform(get(path).with(httpBasic(user, password)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8));
	}

	/**
	 * The caller's tasks on the imported departments' disclosures, as "task key,
	 * disclosure id".
	 */
	private List<String> tasks(String user) throws Exception {
		List<String> tasks = new ArrayList<>();
		read(user, PASSWORD, "/api/tasks").forEach(t -> {
			long id = t.get("disclosureId").asLong();
			if (id == forestry || id == weather) {
				tasks.add(t.get("taskKey").asText() + " " + id);
			}
		});
		return tasks;
	}

}
