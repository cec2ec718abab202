package cn.budget.audit;

import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Writes a chain's new events in one JDBC batch, and locks and moves its head, in every
 * decision's transaction. Through the entity, whose key is an identity column, Hibernate
 * would insert events one statement and one round trip each and read every row back; and
 * locking the head with a JPA query flushed the whole persistence context first. Events
 * are never updated and the head is only moved here, so nothing needs them as managed
 * entities; reads still go through {@link AuditEventRepository} and
 * {@link AuditChainHeadRepository}.
 */
@Component
class AuditEventRows {

	private static final String INSERT = "insert into audit_event (disclosure_id, seq, at, actor, kind, part, field, "
			+ "from_value, to_value, address, prev_hash, hash, key_id) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

	private final JdbcTemplate jdbc;

	AuditEventRows(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The chain's newest sequence number and MAC, if it has a head; locked until commit.
	 */
	Optional<Head> lockHead(long disclosureId) {
		return jdbc
			.query("select last_seq, last_hash from audit_chain where disclosure_id = ? for update",
					(rs, n) -> new Head(rs.getLong("last_seq"), rs.getString("last_hash")), disclosureId)
			.stream()
			.findFirst();
	}

	/** Writes the head: a new chain's first, or the one {@link #lockHead} locked. */
	void writeHead(long disclosureId, boolean exists, long seq, String hash, String keyId, String mac) {
		if (exists) {
			jdbc.update("update audit_chain set last_seq = ?, last_hash = ?, head_key_id = ?, head_mac = ? "
					+ "where disclosure_id = ?", seq, hash, keyId, mac, disclosureId);
		}
		else {
			jdbc.update("insert into audit_chain (disclosure_id, last_seq, last_hash, head_key_id, head_mac) "
					+ "values (?, ?, ?, ?, ?)", disclosureId, seq, hash, keyId, mac);
		}
	}

	/** A chain's newest event as its head holds it. */
	record Head(long lastSeq, String lastHash) {

		/** A chain without events yet. */
		static final Head NEW = new Head(0, AuditHashes.GENESIS);

	}

	void insert(List<AuditEvent> events) {
		jdbc.batchUpdate(INSERT, events.stream().map(AuditEventRows::row).toList());
	}

	private static Object[] row(AuditEvent event) {
		AuditEntry entry = event.entry();
		return new Object[] { entry.disclosureId(), event.getSeq(), entry.at().atOffset(ZoneOffset.UTC), entry.actor(),
				entry.kind(), entry.part(), entry.field(), entry.from(), entry.to(), entry.address(),
				event.getPrevHash(), event.getHash(), event.getKeyId() };
	}

}
