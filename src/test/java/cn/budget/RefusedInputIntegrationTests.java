package cn.budget;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;

import cn.budget.disclosure.CellContent;
import cn.budget.disclosure.DisclosureDocument;
import cn.budget.disclosure.DisclosureUpdate;
import cn.budget.disclosure.PartContent;
import cn.budget.disclosure.RowContent;
import cn.budget.disclosure.TableContent;
import cn.budget.workflow.Routes;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * Oversize and malformed input from every boundary answers 4xx with a readable message in
 * the caller's language, never 500, and changes nothing: each test reads the resource
 * again.
 */
@IntegrationTest
class RefusedInputIntegrationTests {

	private static final String LONG_501 = "长".repeat(501);

	@Autowired
	MockMvc mvc;

	@Autowired
	Routes routes;

	@Autowired
	ObjectMapper json;

	@Test
	void aTitleOverFiveHundredCharactersIsRefused() throws Exception {
		DisclosureDocument before = created();
		DisclosureUpdate update = new DisclosureUpdate();
		update.setVersion(before.getVersion());
		update.setTitle(LONG_501);
		putApi(before.getId(), update, "zh-CN").andExpect(status().isUnprocessableEntity())
			.andExpect(jsonPath("$.errors[0].field").value("title"))
			.andExpect(jsonPath("$.errors[0].message").value("内容过长，最多 500 个字符。"));
		putApi(before.getId(), update, "en").andExpect(status().isUnprocessableEntity())
			.andExpect(jsonPath("$.errors[0].message").value("Too long: at most 500 characters."));
		assertUnchanged(before);
	}

	@Test
	void cellsLargerThanTheirColumnsAreRefused() throws Exception {
		DisclosureDocument before = created();
		DisclosureUpdate update = part(before, "other_matters");
		update.getParts().get(0).getFields().put("other_text", CellContent.of("长".repeat(100_001)));
		putApi(before.getId(), update, "zh-CN").andExpect(status().isUnprocessableEntity())
			.andExpect(jsonPath("$.errors[0].message").value("内容过长，最多 100,000 个字符。"));
		DisclosureUpdate table = part(before, "glossary");
		TableContent glossary = new TableContent("glossary");
		glossary.setConfidential(true);
		glossary.setConfidentialReason(LONG_501);
		glossary.addRow().getCells().put("term", CellContent.of("长".repeat(2001)));
		table.getParts().get(0).getTables().set(0, glossary);
		putApi(before.getId(), table, "zh-CN").andExpect(status().isUnprocessableEntity())
			.andExpect(jsonPath("$.errors.length()").value(2))
			.andExpect(jsonPath("$.errors[0].message").value("内容过长，最多 500 个字符。"));
		// Each cell fits its column, but the whole row would not fit the audit trail's
		// record of it.
		DisclosureUpdate row = part(before, "glossary");
		TableContent terms = new TableContent("glossary");
		RowContent wide = terms.addRow();
		wide.getCells().put("term", CellContent.of("词"));
		wide.getCells().put("definition", CellContent.of("长".repeat(99_999)));
		row.getParts().get(0).getTables().set(0, terms);
		putApi(before.getId(), row, "zh-CN").andExpect(status().isUnprocessableEntity())
			.andExpect(jsonPath("$.errors[0].message").value("这一行的文字过长，全行合计最多 100,000 个字符。"));
		assertUnchanged(before);
	}

	@Test
	void tooManyRowsOrTablesAreRefusedOverTheApi() throws Exception {
		DisclosureDocument before = created();
		DisclosureUpdate update = part(before, "glossary");
		TableContent glossary = new TableContent("glossary");
		for (int i = 0; i < 2001; i++) {
			glossary.addRow().getCells().put("term", CellContent.of("词" + i));
		}
		update.getParts().get(0).getTables().set(0, glossary);
		putApi(before.getId(), update, "zh-CN").andExpect(status().isUnprocessableEntity())
			.andExpect(jsonPath("$.errors[0].message").value("一张表最多 2,000 行。"));
		DisclosureUpdate tables = part(before, "performance");
		for (int i = 0; i < 201; i++) {
			tables.getParts().get(0).getTables().add(new TableContent("project_performance"));
		}
		putApi(before.getId(), tables, "en").andExpect(status().isUnprocessableEntity())
			.andExpect(jsonPath("$.errors[0].message").value("A part holds at most 200 tables."));
		assertUnchanged(before);
	}

	@Test
	void anAmbiguousNumberIsRefusedWithAHint() throws Exception {
		DisclosureDocument before = created();
		DisclosureUpdate update = part(before, "operating_funds");
		update.getParts().get(0).getFields().put("operating_funds_amount", CellContent.of("12,34"));
		putApi(before.getId(), update, "zh-CN").andExpect(status().isUnprocessableEntity())
			.andExpect(jsonPath("$.errors[0].message").value(containsString("小数点")));
		putApi(before.getId(), update, "en").andExpect(status().isUnprocessableEntity())
			.andExpect(jsonPath("$.errors[0].message").value(containsString("decimal point")));
		assertUnchanged(before);
	}

	@Test
	void aFormNamingAnAbsurdRowIsRefusedWithoutBuildingIt() throws Exception {
		DisclosureDocument before = created();
		for (String index : List.of("100000", "2000")) {
			mvc.perform(post("/disclosures/" + before.getId() + "/parts/glossary").with(httpBasic("drafter-ga", "demo"))
				.with(csrf())
				.param("version", String.valueOf(before.getVersion()))
				.param("tables[0].key", "glossary")
				.param("tables[0].rows[" + index + "].cells[term].value", "词"))
				.andExpect(status().isBadRequest())
				.andExpect(content().string(containsString("表格的行号或表号超出了上限")));
		}
		mvc.perform(post("/disclosures/" + before.getId() + "/parts/glossary").with(httpBasic("drafter-ga", "demo"))
			.with(csrf())
			.param("version", String.valueOf(before.getVersion()))
			.param("tables[100000].key", "glossary")
			.cookie(new jakarta.servlet.http.Cookie("lang", "en")))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("row or table number beyond")));
		// A forged button changes nothing and shows the page again.
		for (String action : List.of("removeTable:abc", "removeTable:99999999999", "removeTable:-1")) {
			mvc.perform(post("/disclosures/" + before.getId() + "/parts/glossary").with(httpBasic("drafter-ga", "demo"))
				.with(csrf())
				.param("version", String.valueOf(before.getVersion()))
				.param("_action", action)).andExpect(status().isOk());
		}
		assertUnchanged(before);
	}

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

	private DisclosureDocument created() {
		long id = routes.open("312").disclosures().get(0).id();
		return routes.document(id);
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

	private ResultActions putApi(long id, DisclosureUpdate update, String language) throws Exception {
		return mvc.perform(put("/api/disclosures/" + id).with(httpBasic("drafter-ga", "demo"))
			.header(HttpHeaders.ACCEPT_LANGUAGE, language)
			.contentType(MediaType.APPLICATION_JSON)
			.content(json.writeValueAsString(update)));
	}

	private ResultActions comment(long id, Map<String, String> body) throws Exception {
		return mvc.perform(post("/api/disclosures/" + id + "/comments").with(httpBasic("reviewer", "demo"))
			.contentType(MediaType.APPLICATION_JSON)
			.content(json.writeValueAsString(body)));
	}

	/**
	 * An update of one part, built on a fresh copy so that the test's snapshot stays as
	 * stored.
	 */
	private DisclosureUpdate part(DisclosureDocument document, String key) {
		DisclosureUpdate update = new DisclosureUpdate();
		update.setVersion(document.getVersion());
		PartContent part = routes.document(document.getId()).part(key).orElseThrow();
		update.getParts().add(part);
		return update;
	}

	private void assertUnchanged(DisclosureDocument before) {
		DisclosureDocument after = routes.document(before.getId());
		assertThat(after.getVersion()).isEqualTo(before.getVersion());
		assertThat(after.getTitle()).isEqualTo(before.getTitle());
		for (PartContent part : before.getParts()) {
			PartContent stored = after.part(part.getKey()).orElseThrow();
			assertThat(stored.getFields()).isEqualTo(part.getFields());
			assertThat(stored.getTables()).isEqualTo(part.getTables());
		}
	}

}
