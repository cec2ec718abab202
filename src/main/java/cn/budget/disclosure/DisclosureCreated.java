package cn.budget.disclosure;

import java.time.Instant;

/**
 * A disclosure was created.
 */
public record DisclosureCreated(Long disclosureId, String actor, Instant at, String departmentCode, int fiscalYear,
		String template) {
}
