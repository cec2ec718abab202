package cn.budget.disclosure;

import java.time.Instant;

/**
 * A disclosure was published as the given published version.
 */
public record DisclosurePublished(Long disclosureId, String actor, Instant at, int publishedVersion) {
}
