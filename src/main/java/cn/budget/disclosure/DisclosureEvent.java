package cn.budget.disclosure;

import java.time.Instant;

import cn.budget.content.PartView;

/**
 * What happened to a disclosure, published by the drafting service and the disclosure's
 * lifecycle. Listeners take the record they care about (e.g.
 * {@code DisclosureEvent.Published}); every event names the disclosure, who acted and
 * when.
 */
public sealed interface DisclosureEvent {

	Long disclosureId();

	String actor();

	Instant at();

	/** A disclosure was created. */
	record Created(Long disclosureId, String actor, Instant at, String departmentCode, int fiscalYear,
			String template) implements DisclosureEvent {
	}

	/**
	 * A part of a disclosure was saved: the content before and after (as read views), for
	 * the audit trail.
	 */
	record PartChanged(Long disclosureId, Long templateId, String actor, Instant at, String partKey, PartView before,
			PartView after) implements DisclosureEvent {
	}

	/** The title or the unit of measure of a disclosure changed. */
	record Retitled(Long disclosureId, String actor, Instant at, String oldTitle, String newTitle, String oldUnit,
			String newUnit) implements DisclosureEvent {
	}

	/**
	 * A disclosure was submitted for sign-off (or straight to review when its content was
	 * signed off already).
	 */
	record Submitted(Long disclosureId, String actor, Instant at, boolean needsSignOff) implements DisclosureEvent {
	}

	/**
	 * A disclosure was signed off by the department's leader, bound to the submitted
	 * version signed.
	 */
	record SignedOff(Long disclosureId, String actor, Instant at, int submission) implements DisclosureEvent {
	}

	/** A disclosure was returned to the drafters with a reason. */
	record Returned(Long disclosureId, String actor, Instant at, String reason) implements DisclosureEvent {
	}

	/** A disclosure was approved by the finance bureau. */
	record Approved(Long disclosureId, String actor, Instant at) implements DisclosureEvent {
	}

	/** A disclosure was published as the given published version. */
	record Published(Long disclosureId, String actor, Instant at, int publishedVersion) implements DisclosureEvent {
	}

	/** A disclosure was opened again after publication for a correction. */
	record CorrectionStarted(Long disclosureId, String actor, Instant at) implements DisclosureEvent {
	}

}
