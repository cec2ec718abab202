package cn.budget.review;

import java.time.Instant;

/**
 * A comment was resolved; {@code address} as in {@link CommentAdded}.
 */
public record CommentResolved(Long disclosureId, Long commentId, String actor, Instant at, String partKey,
		String anchor, String address) {
}
