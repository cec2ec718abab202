package cn.budget.review;

import java.time.Instant;

/**
 * A comment as pages and the API show it.
 */
public record CommentView(Long id, Long disclosureId, CommentAnchor anchor, String text, String author,
		String authorName, Instant createdAt, Integer submission, CommentStatus status, String resolvedBy,
		Instant resolvedAt) {
}
