package cn.budget.disclosure;

import java.time.Instant;

/**
 * A disclosure was returned to the drafters with a reason.
 */
public record DisclosureReturned(Long disclosureId, String actor, Instant at, String reason) {
}
