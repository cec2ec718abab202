package cn.budget.identity;

import cn.budget.shared.DomainException;

/**
 * A one-time link that is unknown, used or expired, or a person without an e-mail
 * address: 422.
 */
public class InvalidPasswordLink extends DomainException {

	private static final long serialVersionUID = 1L;

	InvalidPasswordLink(String messageKey) {
		super(Kind.INVALID, messageKey, messageKey);
	}

}
