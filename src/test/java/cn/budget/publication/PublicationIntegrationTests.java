package cn.budget.publication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import cn.budget.IntegrationTest;
import cn.budget.TestClock;
import cn.budget.checks.DisclosureChecks;
import cn.budget.checks.Finding;
import cn.budget.disclosure.CellContent;
import cn.budget.disclosure.DisclosureDocument;
import cn.budget.disclosure.DisclosureUpdate;
import cn.budget.disclosure.Disclosures;
import cn.budget.disclosure.PartContent;
import cn.budget.workflow.Corrections;
import cn.budget.workflow.Decision;
import cn.budget.workflow.DecisionRefusedException;
import cn.budget.workflow.RoundOpened;
import cn.budget.workflow.Routes;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Only published versions are public; confidential values never appear in any published
 * format; a correction publishes version 2 and keeps version 1.
 */
@IntegrationTest
class PublicationIntegrationTests {

	/** A confidential amount that must never reach the public, in any format. */
	static final String SECRET = "4321.98";

	@Autowired
	MockMvc mvc;

	@Autowired
	Routes routes;

	@Autowired
	PublishedFiles files;

	@Autowired
	Corrections corrections;

	@Autowired
	DisclosureChecks checks;

	@Autowired
	TestClock clock;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void aDraftIsNowherePublic() throws Exception {
		long id = routes.open("305").disclosures().get(0).id();
		mvc.perform(get("/public/disclosures/" + id)).andExpect(status().isNotFound());
		mvc.perform(get("/public/disclosures/" + id + "/versions/1")).andExpect(status().isNotFound());
		for (String extension : files.extensions()) {
			mvc.perform(get("/public/disclosures/" + id + "." + extension)).andExpect(status().isNotFound());
		}
		String list = mvc.perform(get("/public")).andReturn().getResponse().getContentAsString();
		assertThat(list).doesNotContain("/public/disclosures/" + id + "\"");
	}

	@Test
	void confidentialValuesNeverReachAnyPublishedFormat() throws Exception {
		long id = publishedWithSecret();
		String page = mvc.perform(get("/public/disclosures/" + id))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("****").doesNotContain(SECRET).doesNotContain("4,321.98");
		assertThat(files.extensions()).contains("docx", "xlsx", "pdf", "json", "csv");
		for (String extension : files.extensions()) {
			byte[] content = mvc.perform(get("/public/disclosures/" + id + "." + extension))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsByteArray();
			// Without white space, so that a value wrapped in a narrow PDF cell is still
			// found.
			assertThat(PublishedText.of(extension, content).replaceAll("\\s", "")).as(extension)
				.contains("761.5")
				.doesNotContain(SECRET)
				.doesNotContain("4,321.98")
				.doesNotContain("4321.98");
		}
		String json = new String(files.find(id, 1, "json").orElseThrow().content(), StandardCharsets.UTF_8);
		assertThat(json).contains("\"masked\" : true").contains("fiscal-data-package");
		// Written in a fixed order: the same publication is the same bytes in every JVM.
		List<String> keys = new ArrayList<>();
		new ObjectMapper().readTree(json).get("model").get("dimensions").fieldNames().forEachRemaining(keys::add);
		assertThat(keys).containsExactly("classification", "phase");
		String csv = new String(files.find(id, 1, "csv").orElseThrow().content(), StandardCharsets.UTF_8);
		assertThat(csv).contains("8319.42").contains(",true");
	}

	@Test
	void aCorrectionPublishesVersionTwoAndKeepsVersionOne() throws Exception {
		long id = publishedWithSecret();
		correctOtherMatters(id);
		routes.submitSignReviewPublish("drafter-jy", "leader-jy", id, "补充其他需要说明的事项");

		String latest = mvc.perform(get("/public/disclosures/" + id))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(latest).contains("补充其他需要说明的事项").contains("更正：补充说明机关运行经费口径。").contains("what-changed");
		String first = mvc.perform(get("/public/disclosures/" + id + "/versions/1"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(first).contains("我部门无其他需要说明的事项。").doesNotContain("更正：补充说明机关运行经费口径。");
		assertThat(files.find(id, 1, "csv")).isPresent();
		assertThat(files.find(id, 2, "csv")).isPresent();
		// Each publication shares its parts with the submission it approved: two bodies
		// for four versions.
		assertThat(jdbc.queryForObject("select count(*) from disclosure_version where disclosure_id = ?", Integer.class,
				id))
			.isEqualTo(4);
		assertThat(jdbc.queryForObject("select count(*) from version_body where disclosure_id = ?", Integer.class, id))
			.isEqualTo(2);
	}

	@Test
	void aCorrectionWithoutItsPublicNoteIsRefusedAndNothingOfItIsPublished() {
		long id = publishedWithSecret();
		correctOtherMatters(id);
		routes.complete("drafter-jy", id, "Task_DraftDisclosure", Decision.SUBMIT, "提交");
		routes.complete("leader-jy", id, "Task_LeaderSignOff", Decision.APPROVE, null);
		routes.complete("reviewer", id, "Task_FinanceReview", Decision.APPROVE, null);
		assertThatThrownBy(() -> routes.complete("supervisor", id, "Task_Publish", Decision.APPROVE, " "))
			.isInstanceOf(DecisionRefusedException.class);
		assertThat(routes.document(id).getState().name()).isEqualTo("APPROVED");
		assertThat(routes.task("supervisor", id, "Task_Publish")).isPresent();
		assertThat(jdbc.queryForObject(
				"select count(*) from disclosure_version where disclosure_id = ? and kind = 'PUBLICATION'",
				Integer.class, id))
			.isEqualTo(1);
	}

	@Test
	void aCorrectionRunIsCheckedAgainstItsOwnDeadlineNotTheRounds() {
		long id = publishedWithSecret();
		Instant start = clock.instant();
		try {
			// Long after the round's deadline: the correction has 20 days of its own.
			clock.advance(Duration.ofDays(40));
			corrections.start(routes.actor("drafter-jy"), id);
			assertThat(deadlineFindings(id)).isEmpty();
			clock.advance(Duration.ofDays(21));
			assertThat(deadlineFindings(id)).extracting(Finding::messageKey)
				.containsExactly("checks.rule.deadline.publication.overdue");
		}
		finally {
			clock.set(start);
		}
	}

	private List<Finding> deadlineFindings(long id) {
		return checks.check(routes.document(id).view())
			.stream()
			.filter(f -> f.rule().equals("deadline.publication"))
			.toList();
	}

	private void correctOtherMatters(long id) {
		corrections.start(routes.actor("drafter-jy"), id);
		routes.write("drafter-jy", id, doc -> {
			DisclosureUpdate update = new DisclosureUpdate();
			update.setVersion(doc.getVersion());
			PartContent other = doc.part("other_matters").orElseThrow();
			other.getFields().put("other_text", CellContent.of("更正：补充说明机关运行经费口径。"));
			update.getParts().add(other);
			return update;
		});
	}

	private long publishedWithSecret() {
		RoundOpened round = routes.open("305");
		long id = round.disclosures().get(0).id();
		routes.write("drafter-jy", id, doc -> {
			DisclosureUpdate update = Disclosures.wholeBudgetDisclosure(doc);
			PartContent procurement = update.getParts().get(5);
			procurement.getTables().get(0).getRows().get(4).getCells().put("amount", new CellContent(SECRET, true));
			return update;
		});
		routes.submitSignReviewPublish("drafter-jy", "leader-jy", id, null);
		DisclosureDocument published = routes.document(id);
		assertThat(published.getState().name()).isEqualTo("PUBLISHED");
		return id;
	}

}
