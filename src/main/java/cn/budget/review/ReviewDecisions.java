package cn.budget.review;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import cn.budget.identity.Actor;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The record of decisions on a disclosure's route, bound to the submitted version they
 * were taken on.
 */
@Service
@Transactional
public class ReviewDecisions {

	private final ReviewDecisionRepository decisions;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final JdbcTemplate jdbc;

	ReviewDecisions(ReviewDecisionRepository decisions, ApplicationEventPublisher events, Clock clock,
			JdbcTemplate jdbc) {
		this.decisions = decisions;
		this.jdbc = jdbc;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Records a decision taken on the given submitted version; a substitute's names the
	 * absent person whose task it was.
	 * @param onBehalfOf that person's username, or null
	 * @param submission the number of the submitted version decided on (the newest one),
	 * null before the first submission
	 */
	public void record(Actor actor, long disclosureId, String taskKey, String decision, String comment,
			String onBehalfOf, Integer submission) {
		String text = comment == null || comment.isBlank() ? null : comment.strip();
		Instant at = clock.instant();
		// One plain insert: through the entity (an identity key) it was an insert
		// reading its row back and a managed entity checked again at every flush, in
		// every decision's transaction; nothing reads the new row before commit.
		jdbc.update(
				"insert into review_decision (disclosure_id, task_key, decision, comment, actor, actor_name, "
						+ "decided_at, submission, on_behalf_of) values (?, ?, ?, ?, ?, ?, ?, ?, ?)",
				disclosureId, taskKey, decision, text, actor.username(), actor.displayName(),
				at.atOffset(ZoneOffset.UTC), submission, onBehalfOf);
		events.publishEvent(new DecisionRecorded(disclosureId, taskKey, decision, text, actor.username(), at,
				submission, onBehalfOf));
	}

	@Transactional(readOnly = true)
	public List<DecisionView> of(long disclosureId) {
		return decisions.findByDisclosureIdOrderByDecidedAt(disclosureId).stream().map(ReviewDecision::view).toList();
	}

	/** How often the disclosure was returned, for the dashboard. */
	@Transactional(readOnly = true)
	public long returnsOf(long disclosureId) {
		return decisions.countByDisclosureIdAndDecision(disclosureId, "RETURN");
	}

	/**
	 * How often each of the disclosures was returned, for the dashboard: one query;
	 * absent means never.
	 */
	@Transactional(readOnly = true)
	public Map<Long, Long> returnsOf(Collection<Long> disclosureIds) {
		Map<Long, Long> returns = new HashMap<>();
		List<Long> ids = List.copyOf(disclosureIds);
		for (int from = 0; from < ids.size(); from += 1000) {
			decisions.countByDisclosures(ids.subList(from, Math.min(ids.size(), from + 1000)), "RETURN")
				.forEach(row -> returns.put((Long) row[0], ((Number) row[1]).longValue()));
		}
		return returns;
	}

}
