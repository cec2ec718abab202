package cn.budget.workflow;

import java.time.Instant;
import java.util.List;

/**
 * Publication of a disclosure is due in a few days and it is not published yet; the
 * recipients are the people its open tasks wait for.
 */
public record DeadlineApproaching(Long disclosureId, String departmentCode, Instant due, List<String> recipients) {
}
