package cn.budget.audit;

import java.time.ZoneOffset;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Writes a chain's new events in one JDBC batch. Through the entity, whose key is an
 * identity column, Hibernate would insert them one statement and one round trip each and
 * read every row back — in every decision's transaction. Events are never updated, so
 * nothing needs them as managed entities; reads still go through
 * {@link AuditEventRepository}.
 */
@Component
class AuditEventRows {

	private static final String INSERT = "insert into audit_event (disclosure_id, seq, at, actor, kind, part, field, "
			+ "from_value, to_value, address, prev_hash, hash, key_id) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

	private final JdbcTemplate jdbc;

	AuditEventRows(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
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
