package cn.budget.exchange.copyforward;

import cn.budget.shared.DomainException;

/**
 * Copy-forward found no published disclosure of last year to start from.
 */
public class NothingToCopyException extends DomainException {

	public NothingToCopyException(String departmentCode, int year) {
		super(Kind.NOT_FOUND, "copyForward.none", "No published disclosure of " + departmentCode + " for " + year,
				departmentCode, year);
	}

}
