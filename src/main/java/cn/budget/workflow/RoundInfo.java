package cn.budget.workflow;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A round as other features see it.
 *
 * @param id the round's id
 * @param fiscalYear the budget year
 * @param templateCode the kind of document
 * @param approvalDate the date the budgets were approved (批复日期)
 * @param dueAt when publication is due: approval date + 20 days, end of day
 * @param remindAt when drafters and reviewers are reminded: 5 days before the due date
 * @param openedAt when the supervisor opened the round
 * @param openedBy who opened it
 */
public record RoundInfo(Long id, int fiscalYear, String templateCode, LocalDate approvalDate, Instant dueAt,
		Instant remindAt, Instant openedAt, String openedBy) {
}
