package cn.budget.workflow;

import java.time.Instant;

/**
 * Publication of a disclosure is due in a few days and it is not published yet.
 */
public record DeadlineApproaching(Long disclosureId, String departmentCode, Instant due) {
}
