package cn.budget.disclosure;

import java.time.Clock;
import java.util.Objects;

import cn.budget.content.DisclosureState;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Moves a disclosure along its route: submission (freezing version n), sign-off, return,
 * approval, publication (freezing published version m) and correction. The workflow
 * decides when; the disclosure refuses moves its state does not allow.
 */
@Service
@Transactional
public class DisclosureLifecycle {

	private final DisclosureRepository repository;

	private final DisclosureVersions versions;

	private final WorkingCopy workingCopy;

	private final Clock clock;

	DisclosureLifecycle(DisclosureRepository repository, DisclosureVersions versions, WorkingCopy workingCopy,
			Clock clock) {
		this.repository = repository;
		this.versions = versions;
		this.workingCopy = workingCopy;
		this.clock = clock;
	}

	/**
	 * Freezes the current content as the next submitted version and submits it.
	 * @param explanation the drafter's submission comment, e.g. explaining check findings
	 */
	public Submission submit(long id, String by, String explanation) {
		Disclosure disclosure = load(id);
		boolean needsSignOff = disclosure.getSignedSubmission() == null
				|| !sameContent(id, disclosure.getSignedSubmission());
		VersionInfo version = versions.freeze(id, VersionInfo.Kind.SUBMISSION, by, explanation);
		disclosure.submit(needsSignOff, by, clock.instant());
		repository.save(disclosure);
		return new Submission(version, needsSignOff);
	}

	/**
	 * The leader signs off the latest submitted version.
	 * @return that version's number
	 */
	public int signOff(long id, String by) {
		Disclosure disclosure = load(id);
		int submission = versions.latest(id, VersionInfo.Kind.SUBMISSION).orElseThrow().number();
		disclosure.signOff(by, clock.instant(), submission);
		repository.save(disclosure);
		return submission;
	}

	/** The leader or the reviewer returns the submitted content to the drafters. */
	public void returnForRevision(long id, String by, String reason) {
		Disclosure disclosure = load(id);
		disclosure.returnForRevision(by, clock.instant(), reason);
		repository.save(disclosure);
	}

	/** The finance bureau approves the submitted content for publication. */
	public void approve(long id, String by) {
		Disclosure disclosure = load(id);
		disclosure.approve(by, clock.instant());
		repository.save(disclosure);
	}

	/**
	 * Freezes the approved content as the next published version and publishes it.
	 * @param changeNote the public note of what a correction changed; null for a first
	 * publication
	 */
	public VersionInfo publish(long id, String by, String changeNote) {
		// Two publishers at once: the second waits for the first's lock and then finds it
		// published.
		String current = repository.lockState(id).orElseThrow(() -> new DisclosureNotFoundException(id));
		if (DisclosureState.PUBLISHED.name().equals(current)) {
			throw new AlreadyPublishedException();
		}
		Disclosure disclosure = load(id);
		if (disclosure.getState() != DisclosureState.APPROVED) {
			throw new IllegalDisclosureStateException(id, disclosure.getState(), "publish");
		}
		VersionInfo published = versions.freeze(id, VersionInfo.Kind.PUBLICATION, by, changeNote);
		disclosure.publish(by, clock.instant(), published.number());
		repository.save(disclosure);
		// The working copy now equals the published version: its rows go, in this
		// transaction, so a failed publication keeps them.
		workingCopy.release(disclosure);
		return published;
	}

	/**
	 * Opens a published disclosure for drafting again, for a correction run due on the
	 * given day. The working copy's rows, released at publication, are first rebuilt from
	 * the newest published version.
	 */
	public void reopenForCorrection(long id, String by, java.time.LocalDate due) {
		// Two starts at once: the second waits for the first's lock, then finds a draft
		// (the state as committed, not as this transaction may have read it before) and
		// is
		// refused instead of rebuilding the rows a second time.
		String locked = repository.lockState(id).orElseThrow(() -> new DisclosureNotFoundException(id));
		if (!DisclosureState.PUBLISHED.name().equals(locked)) {
			throw new IllegalDisclosureStateException(id, DisclosureState.valueOf(locked), "correct");
		}
		Disclosure disclosure = workingCopy.restore(load(id));
		disclosure.reopenForCorrection(by, clock.instant(), due);
		repository.save(disclosure);
	}

	/**
	 * Makes the disclosure part of a round whose budgets were approved on the given date.
	 */
	public void attachToRound(long id, long roundId, java.time.LocalDate approvalDate, java.time.LocalDate due) {
		Disclosure disclosure = load(id);
		disclosure.assignRound(roundId, approvalDate, due);
		repository.save(disclosure);
	}

	// Identity of tables and rows is ignored: a resubmission equal in every value (and in
	// title and unit of measure) needs no new sign-off.
	private boolean sameContent(long id, int submission) {
		DisclosureDocument signed = versions.document(id, VersionInfo.Kind.SUBMISSION, submission).orElseThrow();
		DisclosureDocument current = versions.current(id);
		return Objects.equals(signed.getTitle(), current.getTitle())
				&& Objects.equals(signed.getUnitOfMeasure(), current.getUnitOfMeasure())
				&& signed.getParts().size() == current.getParts().size()
				&& java.util.stream.IntStream.range(0, signed.getParts().size())
					.allMatch(i -> Objects.equals(signed.getParts().get(i).getFields(),
							current.getParts().get(i).getFields())
							&& Objects.equals(signed.getParts().get(i).getTables(),
									current.getParts().get(i).getTables()));
	}

	/**
	 * The outcome of a submission: the version frozen and whether the leader must sign it
	 * off (the content differs from the version signed last).
	 */
	public record Submission(VersionInfo version, boolean needsSignOff) {
	}

	private Disclosure load(long id) {
		return repository.findById(id).orElseThrow(() -> new DisclosureNotFoundException(id));
	}

}
