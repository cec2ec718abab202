package cn.budget.audit;

import java.time.Instant;

/**
 * What an audit event says: who did what when, to which part and field, from what to what.
 */
public record AuditEntry(Long disclosureId, Instant at, String actor, String kind, String part, String field,
		String from, String to) {
}
