package cn.budget.identity;

import cn.budget.shared.DomainException;

/**
 * No such substitution, or no such person, within the caller's reach.
 */
public class SubstitutionNotFoundException extends DomainException {

	SubstitutionNotFoundException(String messageKey, Object what) {
		super(Kind.NOT_FOUND, messageKey, String.valueOf(what), what);
	}

}
