package cn.budget.review;

import java.time.Instant;

/**
 * A comment was resolved.
 */
public record CommentResolved(Long disclosureId, Long commentId, String actor, Instant at, String partKey,
		String anchor) {
}
