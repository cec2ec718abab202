package cn.budget.review;

import cn.budget.shared.DomainException;

/**
 * No such comment.
 */
public class CommentNotFoundException extends DomainException {

	public CommentNotFoundException(Long id) {
		super(Kind.NOT_FOUND, "error.notFound", "Comment " + id + " not found");
	}

}
