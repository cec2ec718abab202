package cn.budget.checks;

import java.time.LocalDate;

/**
 * What the checks need beyond the document: the finance bureau's approval date of the
 * budget (批复) and the last day to publish on (the workflow's deadline, 20 days later by
 * default), the publication date, and today.
 *
 * @param approvalDate the approval date, or null when unknown
 * @param deadline the last day to publish on, or null when unknown (the deadline is then
 * not checked)
 * @param publishedOn the publication date, or null while unpublished
 * @param today today's date, or null to use the application's clock
 */
public record CheckContext(LocalDate approvalDate, LocalDate deadline, LocalDate publishedOn, LocalDate today) {

	/** Nothing known beyond the document. */
	public static CheckContext none() {
		return new CheckContext(null, null, null, null);
	}

	CheckContext withToday(LocalDate date) {
		return today != null ? this : new CheckContext(approvalDate, deadline, publishedOn, date);
	}

}
