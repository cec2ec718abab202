package cn.budget.audit;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import cn.budget.Years;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Test fixture: builds a disclosure's audit chain through the application, tampers with
 * it the way an attacker with database access (but without the key) would, through plain
 * JDBC, and asks the API to verify it.
 */
class Chains {

	private final MockMvc mvc;

	private final ObjectMapper json;

	private final JdbcTemplate jdbc;

	private final AuditTrail trail;

	Chains(MockMvc mvc, ObjectMapper json, JdbcTemplate jdbc, AuditTrail trail) {
		this.mvc = mvc;
		this.json = json;
		this.jdbc = jdbc;
		this.trail = trail;
	}

	/**
	 * A new disclosure (its CREATED event is seq 1) with more events up to
	 * {@code events}.
	 */
	long disclosureWith(int events) throws Exception {
		String body = "{\"departmentCode\":\"312\",\"fiscalYear\":" + Years.next() + ",\"template\":\"BUDGET\"}";
		String created = mvc
			.perform(post("/api/disclosures").with(httpBasic("drafter-ga", "demo"))
				.contentType(MediaType.APPLICATION_JSON)
				.content(body))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		long id = json.readTree(created).get("id").asLong();
		append(id, events - 1);
		return id;
	}

	void append(long id, int events) {
		for (int i = 0; i < events; i++) {
			trail.appendAll(id, List.of(new AuditEntry(id, Instant.now(), "drafter-ga", "COMMENT", "overview",
					"row " + i, null, "comment " + i)));
		}
	}

	JsonNode verify(long id) throws Exception {
		String body = mvc.perform(get("/api/disclosures/" + id + "/audit/verify").with(httpBasic("reviewer", "demo")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return json.readTree(body);
	}

	/** The problems of a verification as "KIND@seq" (with "/source"). */
	List<String> problems(JsonNode verification) {
		return verification.get("problems")
			.valueStream()
			.map(p -> p.get("kind").asText() + "@" + p.get("seq").asLong() + "/" + p.get("source").asText())
			.toList();
	}

	String mac(long id, long seq) {
		return jdbc.queryForObject("select hash from audit_event where disclosure_id = ? and seq = ?", String.class, id,
				seq);
	}

	/**
	 * What an attacker without the key can compute: the old unkeyed SHA-256 of an event.
	 */
	String unkeyedHash(long id, long seq, String prevHash) {
		Map<String, Object> row = jdbc.queryForMap("select * from audit_event where disclosure_id = ? and seq = ?", id,
				seq);
		Instant at = ((OffsetDateTime) jdbc.queryForObject(
				"select at from audit_event where disclosure_id = ? and seq = ?", OffsetDateTime.class, id, seq))
			.toInstant();
		AuditEntry entry = new AuditEntry(id, at, (String) row.get("ACTOR"), (String) row.get("KIND"),
				(String) row.get("PART"), (String) row.get("FIELD"), (String) row.get("FROM_VALUE"),
				(String) row.get("TO_VALUE"));
		return AuditHashes.of(entry, seq, prevHash);
	}

	/** Rewrites an event with an unkeyed hash, labelled as a pre-migration event. */
	void reseal(long id, long seq, String prevHash) {
		String hash = unkeyedHash(id, seq, prevHash);
		jdbc.update("update audit_event set prev_hash = ?, hash = ?, key_id = ? where disclosure_id = ? and seq = ?",
				prevHash, hash, AuditKeys.LEGACY, id, seq);
	}

	/**
	 * Replaces the disclosure's chain by one as a database before V20 holds it after the
	 * migration: unkeyed SHA-256 under the legacy key id, a head without MAC, its bound
	 * recorded.
	 */
	void makeLegacy(long id, int events) {
		jdbc.update("delete from audit_event where disclosure_id = ?", id);
		String previous = AuditHashes.GENESIS;
		for (long seq = 1; seq <= events; seq++) {
			AuditEntry entry = new AuditEntry(id, Instant.parse("2025-01-01T00:00:00Z").plusSeconds(seq), "drafter-ga",
					"FIELD", "overview", "text", null, "v" + seq);
			String hash = AuditHashes.of(entry, seq, previous);
			jdbc.update(
					"insert into audit_event (disclosure_id, seq, at, actor, kind, part, field, from_value, to_value,"
							+ " prev_hash, hash, key_id) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
					id, seq, entry.at().atOffset(java.time.ZoneOffset.UTC), entry.actor(), entry.kind(), entry.part(),
					entry.field(), entry.from(), entry.to(), previous, hash, AuditKeys.LEGACY);
			previous = hash;
		}
		jdbc.update("update audit_chain set last_seq = ?, last_hash = ?, head_key_id = null, head_mac = null"
				+ " where disclosure_id = ?", events, previous, id);
		jdbc.update("insert into audit_legacy_chain (disclosure_id, last_seq) values (?, ?)", id, events);
	}

	void moveHeadTo(long id, long seq) {
		jdbc.update("update audit_chain set last_seq = ?, last_hash = ? where disclosure_id = ?", seq, mac(id, seq),
				id);
	}

	void delete(long id, long seq) {
		jdbc.update("delete from audit_event where disclosure_id = ? and seq = ?", id, seq);
	}

}
