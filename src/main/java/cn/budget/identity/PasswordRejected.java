package cn.budget.identity;

import java.util.List;

import cn.budget.shared.ContentError;
import cn.budget.shared.DomainException;

/**
 * A password refused: it breaks the policy, repeats the current one, or the current one
 * given was wrong. Answered as 422 with the reason in the caller's language and the field
 * it concerns.
 */
public class PasswordRejected extends DomainException {

	private static final long serialVersionUID = 1L;

	PasswordRejected(String field, String messageKey, Object... args) {
		super(List.of(new ContentError(field, messageKey, args)), messageKey, messageKey, args);
		property("reason", messageKey);
	}

}
