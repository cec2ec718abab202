package cn.budget.disclosure;

import java.time.Instant;

/**
 * A disclosure was signed off by the department's leader, bound to the submitted version
 * signed.
 */
public record DisclosureSignedOff(Long disclosureId, String actor, Instant at, int submission) {
}
