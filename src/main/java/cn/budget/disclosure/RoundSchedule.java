package cn.budget.disclosure;

import java.time.LocalDate;

import jakarta.persistence.Embeddable;

/**
 * The round a disclosure was opened in and the deadline it runs against.
 *
 * @param approvalDate the date the finance bureau approved the budget (批复日期) its round's
 * deadline runs from
 * @param publicationDue the last day to publish on: of its round, or of its correction
 * run while one is open
 */
@Embeddable
record RoundSchedule(Long roundId, LocalDate approvalDate, LocalDate publicationDue) {

	/** Not in a round (yet): what the database holds as three empty columns. */
	static final RoundSchedule NONE = new RoundSchedule(null, null, null);

	/** The same round with the deadline of a correction run. */
	RoundSchedule correctedBy(LocalDate due) {
		return new RoundSchedule(roundId, approvalDate, due);
	}

}
