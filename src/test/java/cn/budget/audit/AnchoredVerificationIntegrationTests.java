package cn.budget.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Locale;
import java.util.Map;

import cn.budget.IntegrationTest;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Verification holds every chain against the public anchors that name it: a chain cut
 * below an anchor or an anchor's changed list is detected even with an old genuine head,
 * and the timeline says what broke in the user's language.
 */
@IntegrationTest
class AnchoredVerificationIntegrationTests extends AuditAnchorsFixture {

	@Autowired
	PlatformTransactionManager transactions;

	@Test
	void truncatingBelowAnAnchorIsDetectedEvenWithAnOldGenuineHead() throws Exception {
		long id = chains.disclosureWith(6);
		Map<String, Object> savedHead = jdbc.queryForMap("select * from audit_chain where disclosure_id = ?", id);
		chains.append(id, 2);
		AnchorView anchor = anchorNewDay();
		chains.delete(id, 8);
		chains.delete(id, 7);
		jdbc.update(
				"update audit_chain set last_seq = ?, last_hash = ?, head_key_id = ?, head_mac = ? where disclosure_id = ?",
				savedHead.get("LAST_SEQ"), savedHead.get("LAST_HASH"), savedHead.get("HEAD_KEY_ID"),
				savedHead.get("HEAD_MAC"), id);
		JsonNode verification = chains.verify(id);
		assertThat(verification.get("firstBrokenAt").asLong()).isEqualTo(7);
		assertThat(chains.problems(verification)).containsExactly("TRUNCATED@7/ANCHOR");
		assertThat(verification.at("/problems/0/anchorDate").asText()).isEqualTo(anchor.date().toString());
	}

	@Test
	void changingAnAnchorsStoredListIsAMismatch() throws Exception {
		long id = chains.disclosureWith(4);
		long other = chains.disclosureWith(2);
		AnchorView anchor = anchorNewDay();
		assertThat(chains.verify(id).get("intact").asBoolean()).isTrue();

		jdbc.update("update audit_anchor_entry set mac = ? where anchor_id = ? and disclosure_id = ?", "f".repeat(64),
				anchor.id(), id);
		assertThat(chains.problems(chains.verify(id))).containsExactly("ANCHOR_MISMATCH@4/ANCHOR");

		// Another chain's line changed: the list no longer gives the digest published
		// that day.
		jdbc.update("update audit_anchor_entry set mac = ? where anchor_id = ? and disclosure_id = ?",
				chains.mac(id, 4), anchor.id(), id);
		jdbc.update("update audit_anchor_entry set seq = 1 where anchor_id = ? and disclosure_id = ?", anchor.id(),
				other);
		assertThat(chains.problems(chains.verify(id))).containsExactly("ANCHOR_MISMATCH@4/ANCHOR");
	}

	/**
	 * Each anchor covers the digest of the one before it: an anchor whose predecessor no
	 * longer carries that digest is a mismatch for every chain it lists.
	 */
	@Test
	void changingThePredecessorsDigestIsAMismatch() throws Exception {
		AnchorView before = anchorNewDay();
		long id = chains.disclosureWith(3);
		AnchorView anchor = anchorNewDay();
		assertThat(anchor.previousDigest()).isEqualTo(before.digest());
		assertThat(chains.verify(id).get("intact").asBoolean()).isTrue();

		jdbc.update("update audit_anchor set digest = ? where id = ?", "f".repeat(64), before.id());
		try {
			assertThat(chains.problems(chains.verify(id))).containsExactly("ANCHOR_MISMATCH@3/ANCHOR");
		}
		finally {
			// The daily anchor lists every chain of the shared database.
			jdbc.update("update audit_anchor set digest = ? where id = ?", before.digest(), before.id());
		}
	}

	/**
	 * An anchor rewritten with its digest recomputed still links to its predecessor, but
	 * its successor covers the digest it had: a mismatch too.
	 */
	@Test
	void anAnchorRewrittenConsistentlyIsAMismatchThroughItsSuccessor() throws Exception {
		long id = chains.disclosureWith(3);
		long other = chains.disclosureWith(2);
		AnchorView anchor = anchorNewDay();
		// A publication's anchor, which lists neither chain again (both are anchored).
		AnchorView successor = new TransactionTemplate(transactions).execute(tx -> anchors.anchorPublication());
		assertThat(successor.previousDigest()).isEqualTo(anchor.digest());

		jdbc.update("update audit_anchor_entry set seq = 1 where anchor_id = ? and disclosure_id = ?", anchor.id(),
				other);
		jdbc.update("update audit_anchor set digest = ? where id = ?", AnchorDigest.of(anchor.previousDigest(),
				jdbc.query("select disclosure_id, seq, mac from audit_anchor_entry where anchor_id = ?",
						(rs, n) -> new AnchorDigest.Entry(rs.getLong(1), rs.getLong(2), rs.getString(3)), anchor.id())),
				anchor.id());
		try {
			assertThat(chains.problems(chains.verify(id))).containsExactly("ANCHOR_MISMATCH@3/ANCHOR");
		}
		finally {
			jdbc.update("update audit_anchor_entry set seq = 2 where anchor_id = ? and disclosure_id = ?", anchor.id(),
					other);
			jdbc.update("update audit_anchor set digest = ? where id = ?", anchor.digest(), anchor.id());
		}
	}

	@Test
	void theTimelineSaysWhatBrokeInTheUsersLanguage() throws Exception {
		long id = chains.disclosureWith(5);
		chains.delete(id, 3);
		assertThat(timeline(id, Locale.ENGLISH)).contains("Event 3 is missing");
		assertThat(timeline(id, Locale.SIMPLIFIED_CHINESE)).contains("第 3 条记录缺失");
	}

	private String timeline(long id, Locale locale) throws Exception {
		return mvc
			.perform(get("/disclosures/" + id + "/timeline").with(httpBasic("reviewer", "demo"))
				.param("lang", locale.toString()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

}
