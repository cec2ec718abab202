package cn.budget.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import cn.budget.IntegrationTest;
import cn.budget.TestClock;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Public anchors: taken daily (once per day) and at publication, shown without login,
 * recomputable by anyone, and held against every chain they name when it is verified.
 */
@IntegrationTest
class AuditAnchorsIntegrationTests {

	// A day of its own for each anchor, far from the days other tests use.
	static final AtomicInteger DAYS = new AtomicInteger();

	@Autowired
	MockMvc mvc;

	@Autowired
	ObjectMapper json;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	AuditTrail trail;

	@Autowired
	AuditAnchors anchors;

	@Autowired
	TestClock clock;

	Chains chains;

	@BeforeEach
	void setUp() {
		chains = new Chains(mvc, json, jdbc, trail);
	}

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

		StringBuilder lines = new StringBuilder();
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

	private AnchorView anchorNewDay() {
		AnchorView[] taken = new AnchorView[1];
		onDay(LocalDate.of(2100, 1, 1).plusDays(DAYS.getAndIncrement()),
				() -> taken[0] = anchors.anchorDay().orElseThrow());
		return taken[0];
	}

	private void onDay(LocalDate day, Runnable action) {
		Instant before = clock.instant();
		clock.set(day.atTime(12, 0).atZone(ZoneId.of("Asia/Shanghai")).toInstant());
		try {
			action.run();
		}
		finally {
			clock.set(before);
		}
	}

}
