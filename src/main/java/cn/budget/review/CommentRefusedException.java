package cn.budget.review;

import java.util.List;

import cn.budget.shared.ContentError;
import cn.budget.shared.DomainException;

/**
 * A comment that cannot be stored.
 */
public class CommentRefusedException extends DomainException {

	public CommentRefusedException(ContentError error) {
		super(List.of(error), "error.invalid", error.messageKey());
	}

}
