package cn.budget.audit;

import java.time.Clock;
import java.time.Instant;

import cn.budget.content.ContentDiff;
import cn.budget.disclosure.DisclosureEvent;
import cn.budget.template.PartDefinition;
import cn.budget.template.TemplateCatalog;
import cn.budget.identity.OrganisationChanged;
import cn.budget.review.CommentAdded;
import cn.budget.review.CommentResolved;
import cn.budget.review.DecisionRecorded;
import cn.budget.workflow.DeadlineApproaching;
import cn.budget.workflow.DeadlineMissed;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Turns what happens to a disclosure into audit events, in the same transaction as the
 * change itself: a change made through the application is never stored without its audit
 * event. The events of a transaction are sealed onto their chains as it commits
 * ({@link AuditBuffer}).
 */
@Component
class AuditRecorder {

	private final AuditBuffer trail;

	private final TemplateCatalog templates;

	private final Clock clock;

	AuditRecorder(AuditBuffer trail, TemplateCatalog templates, Clock clock) {
		this.trail = trail;
		this.templates = templates;
		this.clock = clock;
	}

	@EventListener
	void on(DisclosureEvent.Created e) {
		record(e.disclosureId(), e.at(), e.actor(), "CREATED", null, "template", null,
				e.template() + " " + e.fiscalYear() + " " + e.departmentCode());
	}

	@EventListener
	void on(DisclosureEvent.PartChanged e) {
		PartDefinition part = templates.byId(e.templateId()).part(e.partKey()).orElseThrow();
		trail.addAll(e.disclosureId(),
				ContentDiff.ofPart(part, e.before(), e.after())
					.stream()
					.map(change -> new AuditEntry(e.disclosureId(), e.at(), e.actor(), change.kind().name(),
							e.partKey(), change.location(), change.from(), change.to(), change.address().toString()))
					.toList());
	}

	@EventListener
	void on(DisclosureEvent.Retitled e) {
		if (!e.oldTitle().equals(e.newTitle())) {
			record(e.disclosureId(), e.at(), e.actor(), "TITLE", null, "title", e.oldTitle(), e.newTitle());
		}
		if (!e.oldUnit().equals(e.newUnit())) {
			record(e.disclosureId(), e.at(), e.actor(), "UNIT", null, "unitOfMeasure", e.oldUnit(), e.newUnit());
		}
	}

	@EventListener
	void on(DisclosureEvent.Submitted e) {
		record(e.disclosureId(), e.at(), e.actor(), "SUBMITTED", null, "state", null,
				e.needsSignOff() ? "WITH_LEADER" : "IN_REVIEW");
	}

	@EventListener
	void on(DisclosureEvent.SignedOff e) {
		record(e.disclosureId(), e.at(), e.actor(), "SIGNED_OFF", null, "submission", null,
				String.valueOf(e.submission()));
	}

	@EventListener
	void on(DisclosureEvent.Returned e) {
		record(e.disclosureId(), e.at(), e.actor(), "RETURNED", null, "state", null, e.reason());
	}

	@EventListener
	void on(DisclosureEvent.Approved e) {
		record(e.disclosureId(), e.at(), e.actor(), "APPROVED", null, "state", null, "APPROVED");
	}

	@EventListener
	void on(DisclosureEvent.Published e) {
		record(e.disclosureId(), e.at(), e.actor(), "PUBLISHED", null, "publishedVersion", null,
				String.valueOf(e.publishedVersion()));
	}

	@EventListener
	void on(DisclosureEvent.CorrectionStarted e) {
		record(e.disclosureId(), e.at(), e.actor(), "CORRECTION", null, "state", "PUBLISHED", "DRAFT");
	}

	// A substitute's decision names the absent person in the event's part, sealed with
	// the rest.
	@EventListener
	void on(DecisionRecorded e) {
		record(e.disclosureId(), e.at(), e.actor(), "DECISION", e.onBehalfOf(), e.taskKey(), null,
				e.comment() == null ? e.decision() : e.decision() + ": " + e.comment());
	}

	@EventListener
	void on(CommentAdded e) {
		trail.add(new AuditEntry(e.disclosureId(), e.at(), e.actor(), "COMMENT", e.partKey(), e.anchor(), null,
				e.text(), e.address()));
	}

	@EventListener
	void on(CommentResolved e) {
		trail.add(new AuditEntry(e.disclosureId(), e.at(), e.actor(), "COMMENT_RESOLVED", e.partKey(), e.anchor(),
				"OPEN", "RESOLVED", e.address()));
	}

	@EventListener
	void on(DeadlineApproaching e) {
		record(e.disclosureId(), clock.instant(), "system", "REMINDER", null, "due", null, e.due().toString());
	}

	@EventListener
	void on(DeadlineMissed e) {
		record(e.disclosureId(), clock.instant(), "system", "ESCALATION", null, "due", null, e.due().toString());
	}

	@EventListener
	void on(OrganisationChanged e) {
		trail.add(new AuditEntry(AuditTrail.ORGANISATION_CHAIN, e.at(), e.actor(), e.kind(), e.subject(), e.field(),
				e.from(), e.to()));
	}

	private void record(Long disclosureId, Instant at, String actor, String kind, String part, String field,
			String from, String to) {
		trail.add(new AuditEntry(disclosureId, at, actor, kind, part, field, from, to));
	}

}
