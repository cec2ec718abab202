package cn.budget.disclosure;

import cn.budget.shared.DomainException;

/**
 * Somebody else published the disclosure a moment earlier (two publishers at once); this
 * publication did nothing.
 */
public class AlreadyPublishedException extends DomainException {

	public AlreadyPublishedException() {
		super(Kind.CONFLICT, "error.alreadyPublished", "Already published by someone else");
	}

}
