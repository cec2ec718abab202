package cn.budget.publication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.stream.StreamSupport;

import cn.budget.IntegrationTest;
import cn.budget.content.ContentChange;
import cn.budget.content.ContentDiff;
import cn.budget.content.DisclosureContent;
import cn.budget.disclosure.CellContent;
import cn.budget.disclosure.DisclosureQueries;
import cn.budget.disclosure.DisclosureUpdate;
import cn.budget.disclosure.DisclosureVersions;
import cn.budget.disclosure.Disclosures;
import cn.budget.disclosure.PartContent;
import cn.budget.disclosure.VersionInfo;
import cn.budget.identity.Actor;
import cn.budget.support.JsonCalls;
import cn.budget.workflow.Corrections;
import cn.budget.workflow.Decision;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A published disclosure keeps no working copy: publication deletes its table rows, every
 * reader is answered the published version as before, and a correction rebuilds the rows
 * exactly as published (no one's change in the audit), edits one cell and publishes
 * again, which releases the rows again (docs/decisions.md).
 */
@IntegrationTest
class ReleasedWorkingCopyIntegrationTests extends PublicationFixture {

	@Autowired
	ObjectMapper json;

	@Autowired
	Corrections corrections;

	@Autowired
	DisclosureVersions versions;

	@Autowired
	DisclosureQueries queries;

	@Test
	void aPublishedDisclosureReadsAsBeforeWithoutRowsAndACorrectionRebuildsThem() throws Exception {
		long id = approved();
		int rows = rowsOf(id);
		JsonNode approved = api(id);
		routes.complete("supervisor", id, "Task_Publish", Decision.APPROVE, null);
		assertThat(rows).isGreaterThan(10);
		assertThat(rowsOf(id)).isZero();
		JsonNode published = api(id);
		assertThat(published.get("state").asText()).isEqualTo("PUBLISHED");
		assertThat(published.get("parts")).isEqualTo(approved.get("parts"));
		assertThat(published.get("title")).isEqualTo(approved.get("title"));
		assertThat(editor(id)).contains("巡特警应急处突车辆采购").contains("26.50");
		long partChanges = partChanges(id);
		corrections.start(routes.actor("drafter-jy"), id);
		assertThat(rowsOf(id)).isEqualTo(rows);
		assertThat(api(id).get("parts")).isEqualTo(approved.get("parts"));
		assertThat(partChanges(id)).isEqualTo(partChanges);
		correctOneCellAndPublish(id);
		assertThat(rowsOf(id)).isZero();
		assertThat(api(id).get("parts").toString()).contains("26.60").doesNotContain("\"26.50\"");
		onlyTheCorrectedCellDiffers(id);
	}

	/**
	 * Overviews (the dashboard's error counts) read many disclosures at once: the
	 * published ones' newest versions in one query. Each reads as it does alone.
	 */
	@Test
	void disclosuresReadTogetherReadAsEachDoesAlone() {
		long corrected = approved();
		routes.complete("supervisor", corrected, "Task_Publish", Decision.APPROVE, null);
		corrections.start(routes.actor("drafter-jy"), corrected);
		correctOneCellAndPublish(corrected);
		long notPublished = approved();
		Actor reader = Actor.system("overview");
		List<DisclosureContent> together = queries.contents(reader, List.of(corrected, notPublished, -1L));
		assertThat(together).usingRecursiveFieldByFieldElementComparator()
			.containsExactlyInAnyOrder(queries.content(reader, corrected), queries.content(reader, notPublished));
		assertThat(together.stream().filter(c -> c.id() == corrected).findFirst().orElseThrow().parts())
			.usingRecursiveComparison()
			.isEqualTo(publication(corrected, 2).parts());
	}

	private void correctOneCellAndPublish(long id) {
		routes.write("drafter-jy", id, doc -> {
			DisclosureUpdate update = new DisclosureUpdate();
			update.setVersion(doc.getVersion());
			PartContent procurement = doc.part("procurement").orElseThrow();
			procurement.getTables().get(0).getRows().get(2).getCells().put("unit_price", CellContent.of("26.60"));
			update.getParts().add(procurement);
			return update;
		});
		routes.submitSignReviewPublish("drafter-jy", "leader-jy", id, "更正：单价。");
	}

	private void onlyTheCorrectedCellDiffers(long id) {
		assertThat(ContentDiff.between(publication(id, 1), publication(id, 2), queries.templateOf(publication(id, 2))))
			.singleElement()
			.satisfies(change -> {
				assertThat(change.kind()).isEqualTo(ContentChange.Kind.CELL);
				assertThat(change.field()).isEqualTo("unit_price");
				assertThat(change.to()).isEqualTo("26.60");
			});
	}

	private long approved() {
		long id = routes.open("305").disclosures().get(0).id();
		routes.write("drafter-jy", id, Disclosures::wholeBudgetDisclosure);
		routes.complete("drafter-jy", id, "Task_DraftDisclosure", Decision.SUBMIT, "提交");
		routes.complete("leader-jy", id, "Task_LeaderSignOff", Decision.APPROVE, null);
		routes.complete("reviewer", id, "Task_FinanceReview", Decision.APPROVE, null);
		return id;
	}

	private cn.budget.content.DisclosureContent publication(long id, int number) {
		return versions.view(id, VersionInfo.Kind.PUBLICATION, number).orElseThrow();
	}

	private int rowsOf(long id) {
		return jdbc.queryForObject("select count(*) from table_row r join data_table t on t.id = r.table_id"
				+ " join section s on s.id = t.section_id where s.disclosure_id = ?", Integer.class, id);
	}

	private JsonNode api(long id) throws Exception {
		return JsonCalls.call(mvc, json, "drafter-jy", get("/api/disclosures/" + id), null, status().isOk());
	}

	private String editor(long id) throws Exception {
		return mvc.perform(get("/disclosures/" + id + "/parts/procurement").with(httpBasic("drafter-jy", "demo")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
	}

	// The audit's entries of content changed (fields, cells, rows, tables): a restore is
	// none.
	private long partChanges(long id) throws Exception {
		JsonNode audit = JsonCalls.call(mvc, json, "supervisor", get("/api/disclosures/" + id + "/audit"), null,
				status().isOk());
		return StreamSupport.stream(audit.spliterator(), false)
			.map(e -> e.get("kind").asText())
			.filter(kind -> java.util.Arrays.stream(ContentChange.Kind.values()).anyMatch(k -> k.name().equals(kind)))
			.count();
	}

}
