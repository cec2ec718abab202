package cn.budget.workflow;

import java.time.Instant;

/**
 * The legal deadline passed and the disclosure is not published: escalated to the supervisors.
 */
public record DeadlineMissed(Long disclosureId, String departmentCode, Instant due) {
}
