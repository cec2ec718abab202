package cn.budget.disclosure;

import java.time.Instant;

/**
 * The title or the unit of measure of a disclosure changed.
 */
public record DisclosureRetitled(Long disclosureId, String actor, Instant at, String oldTitle, String newTitle,
		String oldUnit, String newUnit) {
}
