package cn.budget.disclosure;

import java.time.Instant;
import java.util.Arrays;

import cn.budget.content.DisclosureState;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/**
 * Where a disclosure stands on its route and which submission its leader signed off. Each
 * move is taken only from the states the route allows it from, and answers with the event
 * that tells the other features; the aggregate registers it.
 */
@Embeddable
class RouteState {

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private DisclosureState state;

	/** The submission (version number) the leader signed off; null until signed. */
	private Integer signedSubmission;

	protected RouteState() {
	}

	static RouteState drafting() {
		RouteState route = new RouteState();
		route.state = DisclosureState.DRAFT;
		return route;
	}

	/**
	 * Submits the drafted content: to the leader for sign-off, or straight to review when
	 * the leader has signed exactly this content already.
	 * @throws IllegalDisclosureStateException unless drafting or returned
	 */
	DisclosureEvent.Submitted submit(Long id, boolean needsSignOff, String by, Instant at) {
		require(id, "submit", DisclosureState.DRAFT, DisclosureState.RETURNED);
		state = needsSignOff ? DisclosureState.WITH_LEADER : DisclosureState.IN_REVIEW;
		return new DisclosureEvent.Submitted(id, by, at, needsSignOff);
	}

	/**
	 * The leader signs the submitted content off; it goes to the finance bureau's review.
	 */
	DisclosureEvent.SignedOff signOff(Long id, String by, Instant at, int submission) {
		require(id, "sign off", DisclosureState.WITH_LEADER);
		state = DisclosureState.IN_REVIEW;
		signedSubmission = submission;
		return new DisclosureEvent.SignedOff(id, by, at, submission);
	}

	/** The leader or the reviewer returns it to the drafters with reasons. */
	DisclosureEvent.Returned returnForRevision(Long id, String by, Instant at, String reason) {
		require(id, "return", DisclosureState.WITH_LEADER, DisclosureState.IN_REVIEW);
		state = DisclosureState.RETURNED;
		return new DisclosureEvent.Returned(id, by, at, reason);
	}

	/** The finance bureau approves the reviewed content. */
	DisclosureEvent.Approved approve(Long id, String by, Instant at) {
		require(id, "approve", DisclosureState.IN_REVIEW);
		state = DisclosureState.APPROVED;
		return new DisclosureEvent.Approved(id, by, at);
	}

	/** The approved content is published. */
	DisclosureEvent.Published publish(Long id, String by, Instant at, int publishedVersion) {
		require(id, "publish", DisclosureState.APPROVED);
		state = DisclosureState.PUBLISHED;
		return new DisclosureEvent.Published(id, by, at, publishedVersion);
	}

	/**
	 * A published disclosure is opened again for a correction run, which has its own
	 * deadline.
	 */
	DisclosureEvent.CorrectionStarted reopenForCorrection(Long id, String by, Instant at) {
		require(id, "correct", DisclosureState.PUBLISHED);
		state = DisclosureState.DRAFT;
		return new DisclosureEvent.CorrectionStarted(id, by, at);
	}

	void assertEditable(Long id) {
		if (!state.isEditable()) {
			throw new IllegalDisclosureStateException(id, state, "edit");
		}
	}

	private void require(Long id, String action, DisclosureState... allowed) {
		if (!Arrays.asList(allowed).contains(state)) {
			throw new IllegalDisclosureStateException(id, state, action);
		}
	}

	DisclosureState state() {
		return state;
	}

	Integer signedSubmission() {
		return signedSubmission;
	}

}
