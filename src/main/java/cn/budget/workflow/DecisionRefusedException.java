package cn.budget.workflow;

import java.util.List;

import cn.budget.shared.ContentError;
import cn.budget.shared.DomainException;

/**
 * A decision that the task does not take, or a return without a reason.
 */
public class DecisionRefusedException extends DomainException {

	public DecisionRefusedException(String field, String messageKey, Object... args) {
		super(List.of(new ContentError(field, messageKey, args)), messageKey, messageKey, args);
	}

}
