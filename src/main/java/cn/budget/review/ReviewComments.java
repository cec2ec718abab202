package cn.budget.review;

import cn.budget.content.DisclosureContent;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

import cn.budget.disclosure.DisclosureQueries;
import cn.budget.disclosure.DisclosureVersions;
import cn.budget.disclosure.VersionInfo;
import cn.budget.identity.Actor;
import cn.budget.shared.ContentError;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Comments on disclosures: anyone who may see a disclosure may comment on it; the author
 * or the department's drafters resolve a comment once it is dealt with.
 */
@Service
@Transactional
public class ReviewComments {

	static final int MAX_LENGTH = 4000;

	/** The column {@code review_comment.anchor_label}. */
	static final int MAX_ANCHOR_LENGTH = 500;

	private final ReviewCommentRepository comments;

	private final DisclosureQueries disclosures;

	private final DisclosureVersions versions;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	ReviewComments(ReviewCommentRepository comments, DisclosureQueries disclosures, DisclosureVersions versions,
			ApplicationEventPublisher events, Clock clock) {
		this.comments = comments;
		this.disclosures = disclosures;
		this.versions = versions;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Adds a comment.
	 * @throws cn.budget.disclosure.DisclosureNotFoundException outside the actor's scope
	 * @throws CommentRefusedException for an empty or too long text
	 */
	public CommentView add(Actor actor, long disclosureId, CommentAnchor anchor, String text) {
		DisclosureContent document = disclosures.content(actor, disclosureId);
		if (anchor.label() != null && anchor.label().length() > MAX_ANCHOR_LENGTH) {
			throw new CommentRefusedException(new ContentError("anchor", "validation.tooLong", MAX_ANCHOR_LENGTH));
		}
		if (!Anchors.pointIntoDocument(anchor, document)) {
			throw new CommentRefusedException(new ContentError("anchor", "validation.commentAnchor"));
		}
		if (text == null || text.isBlank()) {
			throw new CommentRefusedException(new ContentError("text", "validation.commentEmpty"));
		}
		if (text.length() > MAX_LENGTH) {
			throw new CommentRefusedException(new ContentError("text", "validation.tooLong", MAX_LENGTH));
		}
		Integer submission = versions.latest(disclosureId, VersionInfo.Kind.SUBMISSION)
			.map(VersionInfo::number)
			.orElse(null);
		ReviewComment comment = comments.save(new ReviewComment(disclosureId, anchor, text.strip(), actor.username(),
				actor.displayName(), clock.instant(), submission));
		CommentView view = comment.view();
		events.publishEvent(new CommentAdded(disclosureId, view.id(), actor.username(), clock.instant(),
				anchor.partKey(), anchor.label(), text.strip(), view.address()));
		return view;
	}

	/**
	 * Resolves a comment.
	 * @throws AccessDeniedException unless the actor wrote it, drafts for its department,
	 * or drafts for the unit its table belongs to
	 */
	public CommentView resolve(Actor actor, long commentId) {
		ReviewComment comment = comments.findById(commentId).orElseThrow(() -> new CommentNotFoundException(commentId));
		DisclosureContent document = disclosures.content(actor, comment.getDisclosureId());
		String department = document.departmentCode();
		boolean ownUnit = actor.draftsSubUnitOf(department)
				&& actor.unitCode().equals(Anchors.unitOf(comment.view().anchor(), document));
		if (!actor.username().equals(comment.getAuthor()) && !actor.draftsWholeDisclosureOf(department) && !ownUnit) {
			throw new AccessDeniedException(
					"Only the author, the department's drafters or the drafters of the row's unit "
							+ "resolve a comment");
		}
		comment.resolve(actor.username(), clock.instant());
		CommentView view = comment.view();
		events.publishEvent(new CommentResolved(view.disclosureId(), view.id(), actor.username(), clock.instant(),
				view.anchor().partKey(), view.anchor().label(), view.address()));
		return view;
	}

	/** Every comment on a disclosure the actor may see, oldest first. */
	@Transactional(readOnly = true)
	public List<CommentView> of(Actor actor, long disclosureId) {
		disclosures.summary(actor, disclosureId);
		return comments.findByDisclosureIdOrderByCreatedAt(disclosureId).stream().map(ReviewComment::view).toList();
	}

	/**
	 * How many open comments the author wrote since the given time, e.g. reasons for a
	 * return.
	 */
	@Transactional(readOnly = true)
	public long openCommentsBy(long disclosureId, String author, Instant since) {
		return comments.countByDisclosureIdAndAuthorAndStatusAndCreatedAtGreaterThanEqual(disclosureId, author,
				CommentStatus.OPEN, since);
	}

}
