package cn.budget.review;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A comment as pages and the API show it.
 */
public record CommentView(Long id, Long disclosureId, CommentAnchor anchor, String text, String author,
		String authorName, Instant createdAt, Integer submission, CommentStatus status, String resolvedBy,
		Instant resolvedAt) {

	/**
	 * The text form of the commented place's content address
	 * ({@code procurement:table:~7:row:~42}), or null for the whole document.
	 */
	@JsonProperty
	public String address() {
		return anchor == null || anchor.address() == null ? null : anchor.address().toString();
	}

}
