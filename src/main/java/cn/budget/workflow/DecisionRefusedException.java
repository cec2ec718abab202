package cn.budget.workflow;

import java.util.List;

import cn.budget.shared.ContentError;
import cn.budget.shared.DomainException;

/**
 * A decision that the task does not take, or a return without a reason.
 */
public class DecisionRefusedException extends DomainException {

	private final transient List<ContentError> errors;

	public DecisionRefusedException(String field, String messageKey, Object... args) {
		super(Kind.INVALID, messageKey, messageKey, args);
		this.errors = List.of(new ContentError(field, messageKey, args));
	}

	@Override
	public List<ContentError> getErrors() {
		return errors;
	}

}
