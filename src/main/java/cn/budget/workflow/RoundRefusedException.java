package cn.budget.workflow;

import java.util.List;

import cn.budget.shared.ContentError;
import cn.budget.shared.DomainException;

/**
 * A round that cannot be opened as requested.
 */
public class RoundRefusedException extends DomainException {

	private final transient List<ContentError> errors;

	public RoundRefusedException(List<ContentError> errors) {
		super(Kind.INVALID, "error.invalid", errors.size() + " problem(s)");
		this.errors = List.copyOf(errors);
	}

	@Override
	public List<ContentError> getErrors() {
		return errors;
	}

}
