package cn.budget.disclosure;

import cn.budget.shared.DomainException;

/**
 * The department already has a disclosure of this template for this year.
 */
public class DuplicateDisclosureException extends DomainException {

	private final Long existingId;

	public DuplicateDisclosureException(Long existingId) {
		super(Kind.CONFLICT, "error.duplicate",
				"A disclosure for this department, year and template exists: " + existingId);
		this.existingId = existingId;
		property("existingId", existingId);
	}

	public Long getExistingId() {
		return existingId;
	}

}
