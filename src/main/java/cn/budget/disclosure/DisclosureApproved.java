package cn.budget.disclosure;

import java.time.Instant;

/**
 * A disclosure was approved by the finance bureau.
 */
public record DisclosureApproved(Long disclosureId, String actor, Instant at) {
}
