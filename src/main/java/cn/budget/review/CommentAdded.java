package cn.budget.review;

import java.time.Instant;

/**
 * A comment was added to a disclosure; {@code address} is the text form of its place's
 * content address (null for the whole document), {@code anchor} the place's label.
 */
public record CommentAdded(Long disclosureId, Long commentId, String actor, Instant at, String partKey, String anchor,
		String text, String address) {
}
