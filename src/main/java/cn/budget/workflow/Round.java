package cn.budget.workflow;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A year's round: the budgets of a set of departments were approved (批复) on one date, and
 * each department must publish within 20 days of it.
 */
@Entity
@Table(name = "review_round")
class Round {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private int fiscalYear;

	@Column(nullable = false)
	private String templateCode;

	@Column(nullable = false)
	private LocalDate approvalDate;

	/** The end of the 20th day after approval, in the county's time zone. */
	@Column(nullable = false)
	private Instant dueAt;

	@Column(nullable = false)
	private Instant remindAt;

	private Instant openedAt;

	private String openedBy;

	/** A year's round, or the deadline of one correction run. */
	private boolean correction;

	protected Round() {
	}

	/**
	 * The deadline of a correction run: 20 days from its start, like a round approved
	 * that day.
	 */
	static Round correction(int fiscalYear, String templateCode, LocalDate start, Instant dueAt, Instant remindAt,
			Instant openedAt, String by) {
		Round round = new Round(fiscalYear, templateCode, start, dueAt, remindAt, openedAt, by);
		round.correction = true;
		return round;
	}

	Round(int fiscalYear, String templateCode, LocalDate approvalDate, Instant dueAt, Instant remindAt,
			Instant openedAt, String openedBy) {
		this.fiscalYear = fiscalYear;
		this.templateCode = templateCode;
		this.approvalDate = approvalDate;
		this.dueAt = dueAt;
		this.remindAt = remindAt;
		this.openedAt = openedAt;
		this.openedBy = openedBy;
	}

	RoundInfo info() {
		return new RoundInfo(id, fiscalYear, templateCode, approvalDate, dueAt, remindAt, openedAt, openedBy);
	}

	Long getId() {
		return id;
	}

	Instant getDueAt() {
		return dueAt;
	}

	Instant getRemindAt() {
		return remindAt;
	}

}
