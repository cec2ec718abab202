package cn.budget.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import cn.budget.IntegrationTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * An attacker with write access to the database but not the audit key tampers with a
 * chain through JDBC; {@code GET /api/disclosures/{id}/audit/verify} names what was done
 * and where.
 */
@IntegrationTest
class AuditTamperingIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ObjectMapper json;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	AuditTrail trail;

	Chains chains;

	@BeforeEach
	void setUp() {
		chains = new Chains(mvc, json, jdbc, trail);
	}

	@Test
	void anUntouchedChainVerifiesIntact() throws Exception {
		long id = chains.disclosureWith(6);
		JsonNode verification = chains.verify(id);
		assertThat(verification.get("intact").asBoolean()).isTrue();
		assertThat(verification.get("events").asLong()).isEqualTo(6);
		assertThat(verification.has("firstBrokenAt")).isFalse();
		assertThat(verification.get("problems")).isEmpty();
		assertThat(jdbc.queryForObject("select key_id from audit_event where disclosure_id = ? and seq = 6",
				String.class, id))
			.isEqualTo("test");
	}

	@Test
	void theChainVerifiesWithTheMicrosecondsTheDatabaseKeeps() throws Exception {
		long id = chains.disclosureWith(1);
		trail.appendAll(id, List.of(new AuditEntry(id, Instant.parse("2026-03-02T01:00:00.123456789Z"), "system",
				"NOTE", null, "clock", null, "nanoseconds")));
		assertThat(chains.verify(id).get("intact").asBoolean()).isTrue();
	}

	@Test
	void eventsHashedBeforeKeyedMacsStillVerifyAndTheChainContinuesKeyed() throws Exception {
		long id = chains.disclosureWith(1);
		chains.makeLegacy(id, 3);
		assertThat(chains.verify(id).get("intact").asBoolean()).isTrue();
		chains.append(id, 2);
		assertThat(chains.verify(id).get("intact").asBoolean()).isTrue();
		assertThat(jdbc.queryForList("select key_id from audit_event where disclosure_id = ? order by seq",
				String.class, id))
			.containsExactly(AuditKeys.LEGACY, AuditKeys.LEGACY, AuditKeys.LEGACY, "test", "test");

		// An address put on an event hashed before addresses existed is a change too.
		jdbc.update("update audit_event set address = 'overview' where disclosure_id = ? and seq = 2", id);
		assertThat(chains.problems(chains.verify(id))).contains("CHANGED@2/EVENT");
		jdbc.update("update audit_event set address = null where disclosure_id = ? and seq = 2", id);

		// Rewriting a later event the old way is still a change.
		jdbc.update("update audit_event set to_value = 'tampered' where disclosure_id = ? and seq = 5", id);
		chains.reseal(id, 5, chains.mac(id, 4));
		assertThat(chains.problems(chains.verify(id))).contains("CHANGED@5/EVENT");
	}

	@Test
	void deletingTheLastEventAndLoweringTheHeadIsTruncation() throws Exception {
		long id = chains.disclosureWith(6);
		chains.delete(id, 6);
		chains.moveHeadTo(id, 5);
		JsonNode verification = chains.verify(id);
		assertThat(verification.get("intact").asBoolean()).isFalse();
		assertThat(verification.get("firstBrokenAt").asLong()).isEqualTo(6);
		assertThat(chains.problems(verification)).containsExactly("TRUNCATED@6/HEAD");
	}

	@Test
	void deletingTheLastEventAloneIsTruncation() throws Exception {
		long id = chains.disclosureWith(6);
		chains.delete(id, 6);
		assertThat(chains.problems(chains.verify(id))).containsExactly("TRUNCATED@6/HEAD");
	}

	@Test
	void changingTheLastEventAndRecomputingAnUnkeyedHashIsAChange() throws Exception {
		long id = chains.disclosureWith(6);
		jdbc.update("update audit_event set to_value = 'tampered' where disclosure_id = ? and seq = 6", id);
		chains.reseal(id, 6, chains.mac(id, 5));
		chains.moveHeadTo(id, 6);
		JsonNode verification = chains.verify(id);
		assertThat(verification.get("firstBrokenAt").asLong()).isEqualTo(6);
		assertThat(chains.problems(verification)).containsExactly("CHANGED@6/EVENT");
	}

	@Test
	void rewritingAnEarlyEventAndRecomputingTheWholeChainIsAChangeFromThere() throws Exception {
		long id = chains.disclosureWith(6);
		jdbc.update("update audit_event set to_value = 'rewritten' where disclosure_id = ? and seq = 2", id);
		for (long seq = 2; seq <= 6; seq++) {
			chains.reseal(id, seq, chains.mac(id, seq - 1));
		}
		chains.moveHeadTo(id, 6);
		JsonNode verification = chains.verify(id);
		assertThat(verification.get("intact").asBoolean()).isFalse();
		assertThat(verification.get("firstBrokenAt").asLong()).isEqualTo(2);
		assertThat(chains.problems(verification)).containsExactly("CHANGED@2/EVENT", "CHANGED@3/EVENT",
				"CHANGED@4/EVENT", "CHANGED@5/EVENT", "CHANGED@6/EVENT");
	}

	@Test
	void deletingAMiddleEventLeavesAGap() throws Exception {
		long id = chains.disclosureWith(6);
		chains.delete(id, 3);
		JsonNode verification = chains.verify(id);
		assertThat(verification.get("firstBrokenAt").asLong()).isEqualTo(3);
		assertThat(chains.problems(verification)).containsExactly("MISSING@3/EVENT");
	}

	@Test
	void swappingTwoEventsIsAReordering() throws Exception {
		long id = chains.disclosureWith(6);
		jdbc.update("update audit_event set seq = -1 where disclosure_id = ? and seq = 3", id);
		jdbc.update("update audit_event set seq = 3 where disclosure_id = ? and seq = 4", id);
		jdbc.update("update audit_event set seq = 4 where disclosure_id = ? and seq = -1", id);
		JsonNode verification = chains.verify(id);
		assertThat(verification.get("firstBrokenAt").asLong()).isEqualTo(3);
		assertThat(chains.problems(verification)).containsExactly("REORDERED@3/EVENT", "REORDERED@4/EVENT");
	}

}
