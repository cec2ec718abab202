package cn.budget.disclosure;

import java.time.Instant;

/**
 * A disclosure was opened again after publication for a correction.
 */
public record DisclosureCorrectionStarted(Long disclosureId, String actor, Instant at) {
}
