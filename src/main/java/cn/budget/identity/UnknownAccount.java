package cn.budget.identity;

import cn.budget.shared.DomainException;

/** No account has this username: 404. */
public class UnknownAccount extends DomainException {

	private static final long serialVersionUID = 1L;

	UnknownAccount(String username) {
		super(Kind.NOT_FOUND, "account.notFound", "No account " + username, username);
	}

}
