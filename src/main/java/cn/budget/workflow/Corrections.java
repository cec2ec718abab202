package cn.budget.workflow;

import cn.budget.content.DisclosureContent;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

import cn.budget.disclosure.DisclosureLifecycle;
import cn.budget.disclosure.DisclosureQueries;
import cn.budget.content.DisclosureState;
import cn.budget.identity.Actor;
import cn.budget.identity.Role;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A published disclosure changes only through a correction run: drafted again, reviewed
 * and published as the next published version with a public change note. Earlier versions
 * stay.
 */
@Service
@Transactional
public class Corrections {

	private final DisclosureQueries disclosures;

	private final DisclosureLifecycle lifecycle;

	private final RoundRepository rounds;

	private final Deadlines deadlines;

	private final ReviewProcess process;

	private final Clock clock;

	private final DeadlineProperties properties;

	Corrections(DisclosureQueries disclosures, DisclosureLifecycle lifecycle, RoundRepository rounds,
			Deadlines deadlines, ReviewProcess process, Clock clock, DeadlineProperties properties) {
		this.disclosures = disclosures;
		this.lifecycle = lifecycle;
		this.rounds = rounds;
		this.deadlines = deadlines;
		this.process = process;
		this.clock = clock;
		this.properties = properties;
	}

	/** Whether the actor may start a correction of this disclosure now. */
	public boolean mayStart(Actor actor, DisclosureContent document) {
		return document.state() == DisclosureState.PUBLISHED
				&& (actor.is(Role.SUPERVISOR) || actor.draftsWholeDisclosureOf(document.departmentCode()))
				&& process.runningInstanceOf(document.id()).isEmpty();
	}

	/**
	 * Opens the published disclosure for drafting again and starts its correction run.
	 * @return the process instance id of the run
	 */
	public String start(Actor actor, long disclosureId) {
		DisclosureContent document = disclosures.content(actor, disclosureId);
		// Whoever asks, a disclosure that is not published is the lifecycle's to refuse
		// (a conflict, not a denial): reopening it below does.
		if (document.state() == DisclosureState.PUBLISHED && !mayStart(actor, document)) {
			throw new AccessDeniedException("Only the department's drafters or a supervisor start a correction");
		}
		LocalDate today = LocalDate.now(clock.withZone(properties.zone()));
		Instant due = deadlines.dueAfter(today);
		lifecycle.reopenForCorrection(disclosureId, actor.username(), deadlines.lastDayOf(due));
		Round run = rounds.save(Round.correction(document.fiscalYear(), document.template(), today, due,
				deadlines.reminderBefore(due), clock.instant(), actor.username()));
		return process.start(disclosureId, document.departmentCode(), run.getId());
	}

}
