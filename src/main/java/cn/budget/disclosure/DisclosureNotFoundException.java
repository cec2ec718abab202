package cn.budget.disclosure;

import cn.budget.shared.DomainException;

/**
 * No disclosure with this id within the caller's scope. Out-of-scope disclosures are
 * reported the same way, so that their existence is not revealed.
 */
public class DisclosureNotFoundException extends DomainException {

	public DisclosureNotFoundException(Long id) {
		super(Kind.NOT_FOUND, "error.notFound", "Disclosure " + id + " not found");
	}

}
