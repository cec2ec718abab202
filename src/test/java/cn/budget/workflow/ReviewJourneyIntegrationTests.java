package cn.budget.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.stream.StreamSupport;

import cn.budget.IntegrationTest;
import cn.budget.Years;
import cn.budget.disclosure.CellContent;
import cn.budget.disclosure.DisclosureDocument;
import cn.budget.disclosure.DisclosureUpdate;
import cn.budget.disclosure.Disclosures;
import cn.budget.disclosure.TableContent;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

/**
 * The whole route of a disclosure through the API: sub-units contribute, the department
 * submits, the leader returns it, it is resubmitted and signed off, the reviewer returns
 * it with a comment on a table row, the drafter fixes one cell, the blackline shows
 * exactly that cell, approval, publication — and the audit trail is intact.
 */
@IntegrationTest
class ReviewJourneyIntegrationTests extends ReviewJourneyFixture {

	@Test
	void aDisclosureTravelsTheWholeRoute() throws Exception {
		int year = Years.next();
		JsonNode round = call("supervisor", post("/api/rounds"), "{\"fiscalYear\":" + year
				+ ",\"template\":\"BUDGET\",\"approvalDate\":\"2026-03-02\",\"departmentCodes\":[\"312\",\"305\"]}",
				status().isCreated());
		long id = round.at("/disclosures/0/id").asLong();
		long education = round.at("/disclosures/1/id").asLong();
		assertThat(round.at("/disclosures/0/processInstanceId").asText()).isNotBlank();
		subUnitsContribute(id, education);
		theDepartmentSubmitsAndTheLeaderReturnsIt(id);
		theDrafterExplainsAndTheLeaderSignsOff(id);
		CommentedRow row = theReviewerReturnsItWithACommentOnARow(id);
		theDrafterFixesTheRow(id);
		theBlacklineShowsExactlyOneCell(id, row);
		approvalAndPublication(id);
		eachDecisionNamesTheSubmissionItWasTakenOn(id);
		theAuditTrailIsIntactUntilTamperedWith(id, row.address());
	}

	// The contributions come before the first submission; the refused attempts left none.
	private void eachDecisionNamesTheSubmissionItWasTakenOn(long id) throws Exception {
		JsonNode decisions = call("reviewer", get("/api/disclosures/" + id + "/decisions"), null, status().isOk());
		assertThat(StreamSupport.stream(decisions.spliterator(), false)
			.map(d -> d.get("taskKey").asText() + " " + d.get("decision").asText() + " "
					+ d.path("submission").asText("-")))
			.containsExactlyInAnyOrder("Task_ContributeSubUnit SUBMIT -", "Task_ContributeSubUnit SUBMIT -",
					"Task_DraftDisclosure SUBMIT 1", "Task_LeaderSignOff RETURN 1", "Task_DraftDisclosure SUBMIT 2",
					"Task_LeaderSignOff APPROVE 2", "Task_FinanceReview RETURN 2", "Task_DraftDisclosure SUBMIT 3",
					"Task_LeaderSignOff APPROVE 3", "Task_FinanceReview APPROVE 3", "Task_Publish APPROVE 3");
	}

	/** The reviewer's comment on a procurement row: the row's id and its address. */
	private record CommentedRow(long id, String address) {
	}

	private void subUnitsContribute(long id, long education) throws Exception {
		String traffic = task("drafter-jj", id, "Task_ContributeSubUnit");
		String detention = task("drafter-ks", id, "Task_ContributeSubUnit");
		assertThat(traffic).isNotEqualTo(detention);
		assertThat(tasksOf("drafter-jy")).noneMatch(t -> t.get("disclosureId").asLong() == id);
		assertThat(tasksOf("drafter-jy")).anyMatch(t -> t.get("disclosureId").asLong() == education);
		complete("drafter-ks", traffic, "SUBMIT", null, status().isForbidden());
		complete("drafter-jj", traffic, "SUBMIT", null, status().isNoContent());
		complete("drafter-ks", detention, "SUBMIT", null, status().isNoContent());
	}

	private void theDepartmentSubmitsAndTheLeaderReturnsIt(long id) throws Exception {
		DisclosureDocument draft = document(id);
		write("drafter-ga", id, Disclosures.wholeBudgetDisclosure(draft));
		complete("drafter-ga", task("drafter-ga", id, "Task_DraftDisclosure"), "SUBMIT", "首次提交",
				status().isNoContent());
		assertThat(document(id).getState().name()).isEqualTo("WITH_LEADER");

		String signOff = task("leader-ga", id, "Task_LeaderSignOff");
		complete("leader-jy", signOff, "RETURN", "x", status().isNotFound());
		complete("admin", signOff, "APPROVE", null, status().isForbidden());
		complete("leader-ga", signOff, "RETURN", null, status().isUnprocessableEntity());
		complete("leader-ga", signOff, "RETURN", "三公经费增减原因需说明", status().isNoContent());
		assertThat(document(id).getState().name()).isEqualTo("RETURNED");
	}

	private void theDrafterExplainsAndTheLeaderSignsOff(long id) throws Exception {
		DisclosureDocument returned = document(id);
		DisclosureUpdate reason = update(returned, "three_public");
		reason.getParts().get(0).getFields().get("three_public_text").setValue("“三公”经费比上年增加10万元，原因是交警大队新增两辆执法执勤用车。");
		write("drafter-ga", id, reason);
		complete("drafter-ga", task("drafter-ga", id, "Task_DraftDisclosure"), "SUBMIT", "已补充三公经费增减原因",
				status().isNoContent());
		complete("leader-ga", task("leader-ga", id, "Task_LeaderSignOff"), "APPROVE", null, status().isNoContent());
		assertThat(document(id).getState().name()).isEqualTo("IN_REVIEW");
	}

	private CommentedRow theReviewerReturnsItWithACommentOnARow(long id) throws Exception {
		DisclosureDocument inReview = document(id);
		TableContent procurement = inReview.part("procurement").orElseThrow().getTables().get(0);
		long rowId = procurement.getRows().get(2).getId();
		String review = task("reviewer", id, "Task_FinanceReview");
		JsonNode comment = call(
				"reviewer", post("/api/disclosures/" + id + "/comments"), "{\"partKey\":\"procurement\",\"tableId\":"
						+ procurement.getId() + ",\"rowId\":" + rowId + ",\"text\":\"单价与金额不符，请核实\"}",
				status().isCreated());
		String row = "procurement:table:~" + procurement.getId() + ":row:~" + rowId;
		assertThat(comment.get("address").asText()).isEqualTo(row);
		assertThat(mvc.perform(get("/tasks/" + review).with(httpBasic("reviewer", "demo")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8)).contains("data-address=\"" + row + "\"")
			.contains("data-address=\"" + row + ":column:amount\"")
			.contains("name=\"address\" value=\"" + row + "\"");
		complete("reviewer", review, "RETURN", null, status().isNoContent());
		return new CommentedRow(rowId, row);
	}

	private void theDrafterFixesTheRow(long id) throws Exception {
		DisclosureUpdate fix = update(document(id), "procurement");
		fix.getParts().get(0).getTables().get(0).getRows().get(2).getCells().put("unit_price", CellContent.of("26.50"));
		fix.getParts().get(0).getTables().get(0).getRows().get(2).getCells().put("amount", CellContent.of("79.50"));
		fix.getParts().get(0).getTables().get(0).getRows().get(2).getCells().put("quantity", CellContent.of("3"));
		write("drafter-ga", id, fix);
		complete("drafter-ga", task("drafter-ga", id, "Task_DraftDisclosure"), "SUBMIT", "已核实单价",
				status().isNoContent());
		complete("leader-ga", task("leader-ga", id, "Task_LeaderSignOff"), "APPROVE", null, status().isNoContent());
	}

	private void theBlacklineShowsExactlyOneCell(long id, CommentedRow row) throws Exception {
		JsonNode blackline = call("reviewer", get("/api/disclosures/" + id + "/blackline"), null, status().isOk());
		assertThat(blackline.get("changes")).hasSize(1);
		JsonNode change = blackline.get("changes").get(0);
		assertThat(change.get("kind").asText()).isEqualTo("CELL");
		assertThat(change.get("rowId").asLong()).isEqualTo(row.id());
		assertThat(change.get("field").asText()).isEqualTo("quantity");
		assertThat(change.get("from").asText()).isEqualTo("3.00");
		assertThat(change.get("to").asText()).isEqualTo("3");
		assertThat(change.get("address").asText()).isEqualTo(row.address() + ":column:quantity");
	}

	private void approvalAndPublication(long id) throws Exception {
		complete("reviewer", task("reviewer", id, "Task_FinanceReview"), "APPROVE", null, status().isNoContent());
		mvc.perform(get("/public/disclosures/" + id)).andExpect(status().isNotFound());
		complete("supervisor", task("supervisor", id, "Task_Publish"), "APPROVE", null, status().isNoContent());
		assertThat(document(id).getState().name()).isEqualTo("PUBLISHED");
		mvc.perform(get("/public/disclosures/" + id)).andExpect(status().isOk());
		assertThat(tasksOf("supervisor")).noneMatch(t -> t.get("disclosureId").asLong() == id);
	}

	private void theAuditTrailIsIntactUntilTamperedWith(long id, String row) throws Exception {
		JsonNode audit = call("reviewer", get("/api/disclosures/" + id + "/audit"), null, status().isOk());
		List<String> kinds = StreamSupport.stream(audit.spliterator(), false).map(e -> e.get("kind").asText()).toList();
		assertThat(kinds).contains("CREATED", "FIELD", "CELL", "SUBMITTED", "RETURNED", "SIGNED_OFF", "COMMENT",
				"DECISION", "APPROVED", "PUBLISHED");
		assertThat(StreamSupport.stream(audit.spliterator(), false).map(e -> e.path("address").asText()))
			.contains(row + ":column:quantity", row);
		assertThat(
				call("reviewer", get("/api/disclosures/" + id + "/audit/verify"), null, status().isOk()).get("intact")
					.asBoolean())
			.isTrue();

		long tampered = audit.get(5).get("seq").asLong();
		jdbc.update("update audit_event set to_value = 'tampered' where disclosure_id = ? and seq = ?", id, tampered);
		JsonNode verification = call("reviewer", get("/api/disclosures/" + id + "/audit/verify"), null,
				status().isOk());
		assertThat(verification.get("intact").asBoolean()).isFalse();
		assertThat(verification.get("firstBrokenAt").asLong()).isEqualTo(tampered);
	}

}
