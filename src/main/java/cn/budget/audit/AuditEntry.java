package cn.budget.audit;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * What an audit event says: who did what when, to which part and field, from what to
 * what; a change of content also names the changed place by its content address
 * ({@code procurement:table:~7:row:~42:column:amount}), while {@code field} keeps the
 * readable label people read in the timeline.
 *
 * @param address the text form of the changed place's ContentAddress, or null (events
 * that change no content, and every event written before addresses were recorded)
 */
public record AuditEntry(Long disclosureId, Instant at, String actor, String kind, String part, String field,
		String from, String to, String address) {

	public AuditEntry {
		// The database keeps microseconds; the hash must cover exactly what is stored.
		at = at.truncatedTo(ChronoUnit.MICROS);
	}

	/** An event that names no place by address. */
	public AuditEntry(Long disclosureId, Instant at, String actor, String kind, String part, String field, String from,
			String to) {
		this(disclosureId, at, actor, kind, part, field, from, to, null);
	}

}
