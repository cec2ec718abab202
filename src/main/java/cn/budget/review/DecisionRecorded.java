package cn.budget.review;

import java.time.Instant;

/**
 * A decision was taken on a task of a disclosure's route; {@code onBehalfOf} names the
 * absent person whose task a substitute decided, null otherwise.
 */
public record DecisionRecorded(Long disclosureId, String taskKey, String decision, String comment, String actor,
		Instant at, Integer submission, String onBehalfOf) {
}
