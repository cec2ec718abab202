package cn.budget.disclosure;

import java.time.Instant;

/**
 * A disclosure was submitted for sign-off (or straight to review when its content was
 * signed off already).
 */
public record DisclosureSubmitted(Long disclosureId, String actor, Instant at, boolean needsSignOff) {
}
