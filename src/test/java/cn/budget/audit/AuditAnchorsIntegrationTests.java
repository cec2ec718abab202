package cn.budget.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;

import cn.budget.IntegrationTest;
import cn.budget.disclosure.Disclosures;
import cn.budget.workflow.Routes;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Public anchors: taken daily (once per day) and at publication, shown without login and
 * recomputable by anyone. How verification holds them against the chains they name is
 * {@link AnchoredVerificationIntegrationTests}.
 */
@IntegrationTest
class AuditAnchorsIntegrationTests extends AuditAnchorsFixture {

	@Autowired
	PlatformTransactionManager transactions;

	@Autowired
	Routes routes;

	@Test
	void aChainGrowingAfterItsAnchorsStaysIntactAndADayIsAnchoredOnce() throws Exception {
		long id = chains.disclosureWith(3);
		LocalDate day = LocalDate.of(2100, 1, 1).plusDays(DAYS.getAndIncrement());
		onDay(day, () -> {
			assertThat(anchors.anchorDay()).isPresent();
			assertThat(anchors.anchorDay()).isEmpty();
		});
		chains.append(id, 3);
		assertThat(chains.verify(id).get("intact").asBoolean()).isTrue();
		assertThat(jdbc.queryForObject("select count(*) from audit_anchor where daily_date = ?", Long.class, day))
			.isEqualTo(1);
	}

	@Test
	void theAnchorsArePublicAndTheirDigestCanBeRecomputedByAnyone() throws Exception {
		chains.disclosureWith(2);
		AnchorView anchor = anchorNewDay();
		String page = mvc.perform(get("/public/audit-anchors").accept(MediaType.TEXT_HTML).param("lang", "en"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("Audit anchors", anchor.digest(), anchor.date().toString());
		mvc.perform(get("/public/audit-anchors")).andExpect(status().isOk());
		bothJsonRoutesListItsDigest(anchor);
		itsDigestIsRecomputedFromItsEntries(anchor);
	}

	private void bothJsonRoutesListItsDigest(AnchorView anchor) throws Exception {
		for (String path : new String[] { "/public/audit-anchors.json", "/public/audit-anchors" }) {
			JsonNode listed = json.readTree(mvc.perform(get(path).accept(MediaType.APPLICATION_JSON))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString());
			assertThat(listed.valueStream()
				.filter(a -> a.get("id").asLong() == anchor.id())
				.findFirst()
				.orElseThrow()
				.get("digest")
				.asText()).isEqualTo(anchor.digest());
		}
	}

	private void itsDigestIsRecomputedFromItsEntries(AnchorView anchor) throws Exception {
		// Linked to the anchor before it: that one's digest first (docs/operations.md).
		assertThat(anchor.previousDigest()).isNotNull();
		StringBuilder lines = new StringBuilder("previous," + anchor.previousDigest() + "\n");
		jdbc.query("select disclosure_id, seq, mac from audit_anchor_entry where anchor_id = ? order by disclosure_id",
				rs -> {
					lines.append(rs.getLong(1))
						.append(',')
						.append(rs.getLong(2))
						.append(',')
						.append(rs.getString(3))
						.append('\n');
				}, anchor.id());
		String recomputed = HexFormat.of()
			.formatHex(MessageDigest.getInstance("SHA-256").digest(lines.toString().getBytes(StandardCharsets.UTF_8)));
		assertThat(recomputed).isEqualTo(anchor.digest());
	}

	@Test
	void publicationTakesAnAnchor() {
		// The demo disclosure is published on start-up, through the same lifecycle as
		// every publication.
		assertThat(jdbc.queryForObject("select count(*) from audit_anchor where reason = 'PUBLICATION'", Long.class))
			.isPositive();
	}

	/**
	 * A publication's anchor lists the heads no anchor lists yet: not a row for every
	 * chain ever audited, nor every chain changed that day, at every publication; it
	 * names the anchor before it.
	 */
	@Test
	void aPublicationsAnchorListsTheHeadsNoAnchorListsYet() throws Exception {
		long unchanged = chains.disclosureWith(2);
		long changed = chains.disclosureWith(2);
		AnchorView daily = anchorNewDay();
		chains.append(changed, 1);
		long created = chains.disclosureWith(1);
		AnchorView first = publicationAnchor();
		assertThat(listedBy(first)).containsEntry(changed, headOf(changed))
			.containsEntry(created, headOf(created))
			.doesNotContainKey(unchanged)
			.hasSize(first.chains());
		assertThat(first.previousDigest()).isEqualTo(daily.digest());

		chains.append(unchanged, 1);
		AnchorView second = publicationAnchor();
		assertThat(listedBy(second)).containsEntry(unchanged, headOf(unchanged)).doesNotContainKeys(changed, created);
		assertThat(second.previousDigest()).isEqualTo(first.digest());
	}

	private AnchorView publicationAnchor() {
		return new TransactionTemplate(transactions).execute(tx -> anchors.anchorPublication());
	}

	private Map<Long, Long> listedBy(AnchorView anchor) {
		Map<Long, Long> listed = new HashMap<>();
		jdbc.query("select disclosure_id, seq from audit_anchor_entry where anchor_id = ?",
				(RowCallbackHandler) rs -> listed.put(rs.getLong(1), rs.getLong(2)), anchor.id());
		return listed;
	}

	/**
	 * Through the route: the publication's anchor, taken before its commit, lists the
	 * published chain at its PUBLISHED event or later, although a daily anchor listed the
	 * chain before (the head's change in the publishing transaction is flushed first).
	 */
	@Test
	void aPublicationAfterADailyAnchorIsListedAtItsPublishedEvent() {
		long id = routes.open("305").disclosures().get(0).id();
		routes.write("drafter-jy", id, Disclosures::wholeBudgetDisclosure);
		anchorNewDay();
		routes.submitSignReviewPublish("drafter-jy", "leader-jy", id, null);
		Long published = jdbc.queryForObject(
				"select seq from audit_event where disclosure_id = ? and kind = 'PUBLISHED'", Long.class, id);
		Long anchored = jdbc.queryForObject(
				"select e.seq from audit_anchor_entry e join audit_anchor a"
						+ " on a.id = e.anchor_id where a.reason = 'PUBLICATION' and e.disclosure_id = ?",
				Long.class, id);
		assertThat(anchored).isGreaterThanOrEqualTo(published);
	}

	private long headOf(long disclosureId) {
		return jdbc.queryForObject("select last_seq from audit_chain where disclosure_id = ?", Long.class,
				disclosureId);
	}

	@Test
	void thePublicationsAnchorCoversThePublicationsOwnEvent() {
		// Audit events are appended as their transaction commits (AuditBuffer), the
		// anchor is taken before that commit too: the events must come first.
		Long[] published = jdbc.queryForObject(
				"select disclosure_id, seq from audit_event where kind = 'PUBLISHED' order by id fetch first 1 rows only",
				(rs, row) -> new Long[] { rs.getLong(1), rs.getLong(2) });
		Long anchored = jdbc
			.queryForObject("select e.seq from audit_anchor_entry e join audit_anchor a on a.id = e.anchor_id"
					+ " where a.reason = 'PUBLICATION' and e.disclosure_id = ? order by a.id fetch first 1 rows only",
					Long.class, published[0]);
		assertThat(anchored).isGreaterThanOrEqualTo(published[1]);
	}

}
