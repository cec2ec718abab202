package cn.budget.review;

/**
 * Whether a comment still asks for something.
 */
public enum CommentStatus {

	OPEN, RESOLVED

}
