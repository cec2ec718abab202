package cn.budget.workflow;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Date;

import org.springframework.stereotype.Component;

/**
 * The round's deadlines as the BPMN timers and task due dates read them
 * ({@code ${deadlines.dueOf(roundId)}}): the dates live in the round, not in process
 * variables.
 */
@Component("deadlines")
public class Deadlines {

	private final RoundRepository rounds;

	private final DeadlineProperties properties;

	Deadlines(RoundRepository rounds, DeadlineProperties properties) {
		this.rounds = rounds;
		this.properties = properties;
	}

	public Date dueOf(Long roundId) {
		return Date.from(round(roundId).getDueAt());
	}

	public Date reminderOf(Long roundId) {
		return Date.from(round(roundId).getRemindAt());
	}

	/** The county's time zone, in which deadlines end at midnight. */
	public java.time.ZoneId zone() {
		return properties.zone();
	}

	/** The last legal day of a deadline, in the county's time zone. */
	public LocalDate lastDayOf(Instant due) {
		return LocalDate.ofInstant(due.minusSeconds(1), properties.zone());
	}

	/** The end of the last legal day: midnight after approval date + 20 days. */
	Instant dueAfter(LocalDate approvalDate) {
		return approvalDate.plusDays(properties.publicationDays() + 1L).atStartOfDay(properties.zone()).toInstant();
	}

	Instant reminderBefore(Instant due) {
		return due.minus(properties.reminderDays(), ChronoUnit.DAYS);
	}

	private Round round(Long roundId) {
		return rounds.findById(roundId).orElseThrow(() -> new IllegalStateException("Unknown round " + roundId));
	}

}
