package cn.budget.review;

import java.time.Instant;

/**
 * A comment was added to a disclosure.
 */
public record CommentAdded(Long disclosureId, Long commentId, String actor, Instant at, String partKey, String anchor,
		String text) {
}
