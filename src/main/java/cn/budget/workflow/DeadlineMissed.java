package cn.budget.workflow;

import java.time.Instant;
import java.util.List;

/**
 * The legal deadline passed and the disclosure is not published: escalated to the
 * supervisors and the people its open tasks wait for (the recipients).
 */
public record DeadlineMissed(Long disclosureId, String departmentCode, Instant due, List<String> recipients) {
}
