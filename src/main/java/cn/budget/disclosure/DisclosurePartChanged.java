package cn.budget.disclosure;

import java.time.Instant;

/**
 * A part of a disclosure was saved: the content before and after, for the audit trail.
 */
public record DisclosurePartChanged(Long disclosureId, Long templateId, String actor, Instant at, String partKey,
		PartContent before, PartContent after) {
}
