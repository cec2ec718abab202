package cn.budget.identity;

import static cn.budget.identity.XssCorpus.ALL;
import static cn.budget.identity.XssCorpus.PAYLOADS;
import static cn.budget.identity.XssCorpus.assertSafeDownload;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import cn.budget.IntegrationTest;
import cn.budget.disclosure.DisclosureDocument;
import cn.budget.disclosure.DisclosureQueries;
import cn.budget.disclosure.DisclosureUpdate;
import cn.budget.disclosure.Disclosures;
import cn.budget.disclosure.PartContent;
import cn.budget.support.DatabaseAgnostic;
import cn.budget.workflow.RoundOpened;
import cn.budget.workflow.Routes;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;

/**
 * Issue 13: script and template payloads typed into every text a user has (title, part
 * fields, table cells, imported lines, review and decision comments) are shown escaped on
 * every page that shows them, round-trip as plain strings in JSON and stay plain text in
 * Word, Excel and PDF.
 */
@IntegrationTest
@DatabaseAgnostic
class XssCorpusIntegrationTests extends XssCorpusFixture {

	@Autowired
	Routes routes;

	@Autowired
	DisclosureQueries queries;

	@Test
	void payloadsInEveryTextAreShownEscapedEverywhere() throws Exception {
		RoundOpened round = routes.open("305");
		long id = round.disclosures().get(0).id();
		importedLinesAreShownEscaped(id);
		theDrafterTypesThemIntoEveryPart(id);
		theyTravelTheRouteInComments(id);
		theyAreShownEscapedOnceItIsPublished(round, id);
	}

	private void theDrafterTypesThemIntoEveryPart(long id) throws Exception {
		DisclosureDocument draft = routes.document(id);
		DisclosureUpdate update = Disclosures.wholeBudgetDisclosure(draft);
		update.setTitle(draft.getTitle() + " " + ALL);
		XssCorpus.plant(queries.templateOf(draft.view()), update.getParts());
		JsonNode stored = call("drafter-jy", put("/api/disclosures/" + id), update, status().isOk());
		assertThat(stored.get("title").asText()).isEqualTo(draft.getTitle() + " " + ALL);
		assertThat(stored.at("/parts/8/fields/other_text/value").asText()).endsWith(" " + ALL);
		for (PartContent part : routes.document(id).getParts()) {
			page("drafter-jy", "/disclosures/" + id + "/parts/" + part.getKey(), true);
		}
		page("drafter-jy", "/disclosures/" + id + "/checks/panel", false);
	}

	private void theyTravelTheRouteInComments(long id) throws Exception {
		complete("drafter-jy", id, "Task_DraftDisclosure", "SUBMIT");
		page("leader-jy", "/tasks/" + task("leader-jy", id, "Task_LeaderSignOff"), true);
		complete("leader-jy", id, "Task_LeaderSignOff", "RETURN");
		page("drafter-jy", "/tasks", true);
		page("drafter-jy", "/notifications", false);
		complete("drafter-jy", id, "Task_DraftDisclosure", "SUBMIT");
		complete("leader-jy", id, "Task_LeaderSignOff", "APPROVE");

		JsonNode comment = call("reviewer", post("/api/disclosures/" + id + "/comments"),
				Map.of("partKey", "other_matters", "text", ALL), status().isCreated());
		assertThat(comment.get("text").asText()).isEqualTo(ALL);
		page("reviewer", "/tasks/" + task("reviewer", id, "Task_FinanceReview"), true);
		page("drafter-jy", "/disclosures/" + id + "/parts/other_matters", true);
		complete("reviewer", id, "Task_FinanceReview", "APPROVE");
		page("supervisor", "/tasks/" + task("supervisor", id, "Task_Publish"), true);
		page("supervisor", "/tasks", true);
		complete("supervisor", id, "Task_Publish", "APPROVE");
		assertThat(routes.document(id).getState().name()).isEqualTo("PUBLISHED");
	}

	private void theyAreShownEscapedOnceItIsPublished(RoundOpened round, long id) throws Exception {
		page("reviewer", "/disclosures/" + id + "/timeline", true);
		page("supervisor", "/rounds/" + round.id(), false);
		page("supervisor", "/rounds", false);
		page("drafter-jy", "/disclosures", true);
		page(null, "/public/disclosures/" + id, true);
		page(null, "/public", true);
		downloadsKeepThePayloadsPlain(id);
	}

	private void importedLinesAreShownEscaped(long id) throws Exception {
		String text = "九、其他需要说明的事项\n" + String.join("\n", PAYLOADS) + "\n";
		MockMultipartFile file = new MockMultipartFile("file", "xss.txt", "text/plain",
				text.getBytes(StandardCharsets.UTF_8));
		JsonNode outcome = json.readTree(mvc
			.perform(multipart("/api/imports").file(file)
				.param("disclosureId", String.valueOf(id))
				.with(httpBasic("drafter-jy", "demo")))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8));
		String imported = routes.document(id)
			.part("other_matters")
			.orElseThrow()
			.getFields()
			.get("other_text")
			.getValue();
		assertThat(imported).as(outcome.toString()).contains(PAYLOADS);
		page("drafter-jy", "/disclosures/" + id + "/parts/other_matters", true);
	}

	private void downloadsKeepThePayloadsPlain(long id) throws Exception {
		for (String extension : List.of("docx", "xlsx", "pdf", "json", "csv")) {
			assertSafeDownload("public", extension, download(null, "/public/disclosures/" + id + "." + extension));
		}
		for (String extension : List.of("docx", "xlsx", "pdf")) {
			assertSafeDownload("export", extension,
					download("drafter-jy", "/api/disclosures/" + id + "/export." + extension));
		}
		JsonNode published = json.readTree(download(null, "/public/disclosures/" + id + ".json"));
		assertThat(published.get("title").asText()).endsWith(" " + ALL);
		JsonNode api = call("reviewer", get("/api/disclosures/" + id), null, status().isOk());
		assertThat(api.get("title").asText()).endsWith(" " + ALL);
		JsonNode decisions = call("reviewer", get("/api/disclosures/" + id + "/decisions"), null, status().isOk());
		assertThat(decisions.findValuesAsText("comment")).contains(ALL);
	}

}
