package cn.budget.review;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import cn.budget.content.ContentAddress;

/**
 * A comment on a disclosure, anchored to a place named by its content address (a part, a
 * table or a table row; none for the whole document), with author and time; open until
 * resolved.
 */
@Entity
@Table(name = "review_comment")
class ReviewComment {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false)
	private Long disclosureId;

	// The place's ContentAddress in its text form; null for the whole document.
	@Column(length = 300)
	private String anchorAddress;

	private String anchorLabel;

	@Column(nullable = false, length = 4000)
	private String text;

	@Column(nullable = false)
	private String author;

	private String authorName;

	@Column(nullable = false)
	private Instant createdAt;

	private Integer submission;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private CommentStatus status = CommentStatus.OPEN;

	private String resolvedBy;

	private Instant resolvedAt;

	protected ReviewComment() {
	}

	ReviewComment(Long disclosureId, CommentAnchor anchor, String text, String author, String authorName,
			Instant createdAt, Integer submission) {
		this.disclosureId = disclosureId;
		this.anchorAddress = anchor.address() == null ? null : anchor.address().toString();
		this.anchorLabel = anchor.label();
		this.text = text;
		this.author = author;
		this.authorName = authorName;
		this.createdAt = createdAt;
		this.submission = submission;
	}

	void resolve(String by, Instant at) {
		this.status = CommentStatus.RESOLVED;
		this.resolvedBy = by;
		this.resolvedAt = at;
	}

	CommentView view() {
		return new CommentView(id, disclosureId,
				new CommentAnchor(anchorAddress == null ? null : ContentAddress.parse(anchorAddress), anchorLabel),
				text, author, authorName, createdAt, submission, status, resolvedBy, resolvedAt);
	}

	Long getDisclosureId() {
		return disclosureId;
	}

	String getAuthor() {
		return author;
	}

	CommentStatus getStatus() {
		return status;
	}

}
