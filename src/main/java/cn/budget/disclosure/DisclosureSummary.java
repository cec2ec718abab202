package cn.budget.disclosure;

import java.time.Instant;

import cn.budget.content.DisclosureState;

/**
 * A line in a list of disclosures.
 */
public record DisclosureSummary(Long id, String departmentCode, String departmentName, int fiscalYear, String template,
		String title, DisclosureState state, long version, Instant updatedAt, String updatedBy, Long roundId,
		long revision) {

	/** Nothing has been saved since the disclosure was created. */
	public boolean untouched() {
		return revision == 0;
	}

}
