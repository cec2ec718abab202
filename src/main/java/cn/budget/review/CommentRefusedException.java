package cn.budget.review;

import java.util.List;

import cn.budget.shared.ContentError;
import cn.budget.shared.DomainException;

/**
 * A comment that cannot be stored.
 */
public class CommentRefusedException extends DomainException {

	private final transient List<ContentError> errors;

	public CommentRefusedException(ContentError error) {
		super(Kind.INVALID, "error.invalid", error.messageKey());
		this.errors = List.of(error);
	}

	@Override
	public List<ContentError> getErrors() {
		return errors;
	}

}
