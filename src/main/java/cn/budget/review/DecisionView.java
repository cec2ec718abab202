package cn.budget.review;

import java.time.Instant;

/**
 * A recorded decision.
 */
public record DecisionView(Long id, Long disclosureId, String taskKey, String decision, String comment, String actor,
		String actorName, Instant decidedAt, Integer submission) {
}
