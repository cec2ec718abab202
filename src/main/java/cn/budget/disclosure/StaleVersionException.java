package cn.budget.disclosure;

import cn.budget.shared.DomainException;

/**
 * The caller edited an older version than the one stored: somebody else saved in between.
 */
public class StaleVersionException extends DomainException {

	public StaleVersionException(long expected, long actual) {
		super(Kind.CONFLICT, "error.staleVersion",
				"Version " + expected + " is stale; the current version is " + actual);
		property("currentVersion", actual);
	}

}
