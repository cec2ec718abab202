package cn.budget.audit;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/**
 * The anchors and their lists of chain heads, written once and never changed (on
 * PostgreSQL the tables refuse UPDATE and DELETE).
 */
@Repository
class AnchorStore {

	/**
	 * An anchor with its whole list, as verification reads it: the predecessor's digest
	 * it covers (null before anchors were linked), that predecessor's stored digest now,
	 * and the digest its successor covers (null while it is the newest).
	 */
	record Stored(long id, LocalDate date, String digest, String previousDigest, String linkedDigest,
			String successorCovers, List<AnchorDigest.Entry> entries) {
	}

	private final JdbcClient jdbc;

	private final JdbcTemplate template;

	AnchorStore(JdbcClient jdbc, JdbcTemplate template) {
		this.jdbc = jdbc;
		this.template = template;
	}

	boolean hasDaily(LocalDate date) {
		return jdbc.sql("select count(*) from audit_anchor where daily_date = ?")
			.param(date)
			.query(Long.class)
			.single() > 0;
	}

	/**
	 * Waits for any other anchoring transaction to finish (their anchors come one after
	 * another, each naming the one before); then the newest anchor is the predecessor.
	 */
	void takeTurn() {
		jdbc.sql("select id from audit_anchor_turn where id = 1 for update").query(Integer.class).single();
	}

	/**
	 * Stores an anchor naming the newest one before it; the caller has taken its turn.
	 */
	AnchorView insert(Instant at, LocalDate date, String reason, boolean daily, List<AnchorDigest.Entry> entries) {
		Optional<AnchorView> previous = newest(1).stream().findFirst();
		String previousDigest = previous.map(AnchorView::digest).orElse(null);
		String digest = AnchorDigest.of(previousDigest, entries);
		KeyHolder key = new GeneratedKeyHolder();
		jdbc.sql("insert into audit_anchor (anchored_at, anchor_date, reason, daily_date, digest, chains, previous_id,"
				+ " previous_digest) values (?, ?, ?, ?, ?, ?, ?, ?)")
			.params(at.atOffset(ZoneOffset.UTC), date, reason, daily ? date : null, digest, entries.size(),
					previous.map(AnchorView::id).orElse(null), previousDigest)
			.update(key, "id");
		long id = Objects.requireNonNull(key.getKey(), "the anchor's generated id").longValue();
		template.batchUpdate("insert into audit_anchor_entry (anchor_id, disclosure_id, seq, mac) values (?, ?, ?, ?)",
				entries, 500, (ps, e) -> {
					ps.setLong(1, id);
					ps.setLong(2, e.disclosureId());
					ps.setLong(3, e.seq());
					ps.setString(4, e.mac());
				});
		return new AnchorView(id, date, at, reason, digest, entries.size(), previousDigest);
	}

	/**
	 * The chain heads no anchor lists yet: changed or new since the last anchor that
	 * listed their chain. One query, probing the anchors' lists by chain and sequence
	 * number.
	 */
	List<AnchorDigest.Entry> headsNotAnchored() {
		return jdbc
			.sql("select h.disclosure_id, h.last_seq, h.last_hash from audit_chain h where h.last_seq > 0"
					+ " and not exists (select 1 from audit_anchor_entry e where e.disclosure_id = h.disclosure_id"
					+ " and e.seq = h.last_seq)")
			.query((rs, n) -> new AnchorDigest.Entry(rs.getLong(1), rs.getLong(2), rs.getString(3)))
			.list();
	}

	List<AnchorView> newest(int limit) {
		return jdbc
			.sql("select id, anchor_date, anchored_at, reason, digest, chains, previous_digest from audit_anchor"
					+ " order by id desc fetch first " + limit + " rows only")
			.query((rs, n) -> new AnchorView(rs.getLong("id"), rs.getObject("anchor_date", LocalDate.class),
					rs.getObject("anchored_at", OffsetDateTime.class).toInstant(), rs.getString("reason"),
					rs.getString("digest"), rs.getInt("chains"), rs.getString("previous_digest")))
			.list();
	}

	/**
	 * Every anchor that names the disclosure's chain, with its whole list, oldest first.
	 */
	List<Stored> naming(long disclosureId) {
		Map<Long, Stored> anchors = new LinkedHashMap<>();
		jdbc.sql("select a.id, a.anchor_date, a.digest, a.previous_digest, p.digest linked_digest,"
				+ " s.previous_digest successor_covers, e.disclosure_id, e.seq, e.mac from audit_anchor a"
				+ " join audit_anchor_entry e on e.anchor_id = a.id left join audit_anchor p on p.id = a.previous_id"
				+ " left join audit_anchor s on s.previous_id = a.id"
				+ " where a.id in (select anchor_id from audit_anchor_entry where disclosure_id = ?) order by a.id")
			.param(disclosureId)
			.query(rs -> {
				long id = rs.getLong("id");
				LocalDate date = rs.getObject("anchor_date", LocalDate.class);
				String digest = rs.getString("digest");
				String previous = rs.getString("previous_digest");
				String linked = rs.getString("linked_digest");
				String successor = rs.getString("successor_covers");
				anchors
					.computeIfAbsent(id,
							k -> new Stored(k, date, digest, previous, linked, successor, new ArrayList<>()))
					.entries()
					.add(new AnchorDigest.Entry(rs.getLong("disclosure_id"), rs.getLong("seq"), rs.getString("mac")));
			});
		return List.copyOf(anchors.values());
	}

}
