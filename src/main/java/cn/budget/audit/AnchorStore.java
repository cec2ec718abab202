package cn.budget.audit;

import java.util.Objects;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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

	/** An anchor with its whole list, as verification reads it. */
	record Stored(long id, LocalDate date, String digest, List<AnchorDigest.Entry> entries) {
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

	AnchorView insert(Instant at, LocalDate date, String reason, boolean daily, List<AnchorDigest.Entry> entries) {
		String digest = AnchorDigest.of(entries);
		KeyHolder key = new GeneratedKeyHolder();
		jdbc.sql("insert into audit_anchor (anchored_at, anchor_date, reason, daily_date, digest, chains)"
				+ " values (?, ?, ?, ?, ?, ?)")
			.params(at.atOffset(ZoneOffset.UTC), date, reason, daily ? date : null, digest, entries.size())
			.update(key, "id");
		long id = Objects.requireNonNull(key.getKey(), "the anchor's generated id").longValue();
		template.batchUpdate("insert into audit_anchor_entry (anchor_id, disclosure_id, seq, mac) values (?, ?, ?, ?)",
				entries, 500, (ps, e) -> {
					ps.setLong(1, id);
					ps.setLong(2, e.disclosureId());
					ps.setLong(3, e.seq());
					ps.setString(4, e.mac());
				});
		return new AnchorView(id, date, at, reason, digest, entries.size());
	}

	/**
	 * The chain heads that the newest daily anchor (which lists every chain) does not
	 * list as they are now: changed or new since; every head when there is no daily
	 * anchor yet. One query, reading heads and that list by their keys.
	 */
	List<AnchorDigest.Entry> headsChangedSinceNewestDaily() {
		return jdbc
			.sql("select h.disclosure_id, h.last_seq, h.last_hash from audit_chain h where h.last_seq > 0"
					+ " and not exists (select 1 from audit_anchor_entry e where e.disclosure_id = h.disclosure_id"
					+ " and e.seq = h.last_seq and e.anchor_id = (select a.id from audit_anchor a"
					+ " where a.daily_date = (select max(d.daily_date) from audit_anchor d)))")
			.query((rs, n) -> new AnchorDigest.Entry(rs.getLong(1), rs.getLong(2), rs.getString(3)))
			.list();
	}

	List<AnchorView> newest(int limit) {
		return jdbc
			.sql("select id, anchor_date, anchored_at, reason, digest, chains from audit_anchor order by id desc"
					+ " fetch first " + limit + " rows only")
			.query((rs, n) -> new AnchorView(rs.getLong("id"), rs.getObject("anchor_date", LocalDate.class),
					rs.getObject("anchored_at", OffsetDateTime.class).toInstant(), rs.getString("reason"),
					rs.getString("digest"), rs.getInt("chains")))
			.list();
	}

	/**
	 * Every anchor that names the disclosure's chain, with its whole list, oldest first.
	 */
	List<Stored> naming(long disclosureId) {
		Map<Long, Stored> anchors = new LinkedHashMap<>();
		jdbc.sql("select a.id, a.anchor_date, a.digest, e.disclosure_id, e.seq, e.mac from audit_anchor a"
				+ " join audit_anchor_entry e on e.anchor_id = a.id"
				+ " where a.id in (select anchor_id from audit_anchor_entry where disclosure_id = ?) order by a.id")
			.param(disclosureId)
			.query(rs -> {
				long id = rs.getLong("id");
				LocalDate date = rs.getObject("anchor_date", LocalDate.class);
				String digest = rs.getString("digest");
				anchors.computeIfAbsent(id, k -> new Stored(k, date, digest, new ArrayList<>()))
					.entries()
					.add(new AnchorDigest.Entry(rs.getLong("disclosure_id"), rs.getLong("seq"), rs.getString("mac")));
			});
		return List.copyOf(anchors.values());
	}

}
