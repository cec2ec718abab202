package cn.budget.audit;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * What an audit event says: who did what when, to which part and field, from what to
 * what.
 */
public record AuditEntry(Long disclosureId, Instant at, String actor, String kind, String part, String field,
		String from, String to) {

	public AuditEntry {
		// The database keeps microseconds; the hash must cover exactly what is stored.
		at = at.truncatedTo(ChronoUnit.MICROS);
	}

}
