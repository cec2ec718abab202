package cn.budget.workflow;

import java.util.List;

import cn.budget.shared.ContentError;
import cn.budget.shared.DomainException;

/**
 * A round that cannot be opened as requested.
 */
public class RoundRefusedException extends DomainException {

	public RoundRefusedException(List<ContentError> errors) {
		super(errors, "error.invalid", errors.size() + " problem(s)");
	}

}
