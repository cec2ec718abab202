package cn.budget.review;

import java.time.Instant;

/**
 * A recorded decision; {@code onBehalfOf} is the absent person a substitute decided for,
 * or null.
 */
public record DecisionView(Long id, Long disclosureId, String taskKey, String decision, String comment, String actor,
		String actorName, Instant decidedAt, Integer submission, String onBehalfOf) {
}
