package cn.budget.workflow;

import cn.budget.shared.DomainException;

/**
 * No round with this id.
 */
public class RoundNotFoundException extends DomainException {

	public RoundNotFoundException(long id) {
		super(Kind.NOT_FOUND, "error.roundNotFound", "Round " + id + " not found", id);
	}

}
