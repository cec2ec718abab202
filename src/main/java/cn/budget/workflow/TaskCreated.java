package cn.budget.workflow;

import java.time.Instant;
import java.util.List;

/**
 * A task of a disclosure's route was created; {@code recipients} are the users who may
 * act on it.
 */
public record TaskCreated(String taskId, String taskKey, String taskName, Long disclosureId, String departmentCode,
		Instant due, List<String> recipients) {
}
