package cn.budget.workflow;

import java.time.Instant;

/**
 * One activity of a disclosure's route as Camunda's history recorded it.
 */
public record ProcessStep(String activityId, String name, String type, String assignee, Instant started, Instant ended,
		boolean canceled) {
}
