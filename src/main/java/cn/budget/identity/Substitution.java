package cn.budget.identity;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A person's substitute for a range of days, both ends included. Cancelling keeps the
 * row.
 */
@Entity
@Table(name = "substitution")
class Substitution {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false)
	private String absentUsername;

	@Column(nullable = false)
	private String substituteUsername;

	@Column(nullable = false)
	private LocalDate fromDate;

	@Column(nullable = false)
	private LocalDate toDate;

	@Column(nullable = false)
	private String createdBy;

	@Column(nullable = false)
	private Instant createdAt;

	private Instant cancelledAt;

	protected Substitution() {
	}

	Substitution(String absentUsername, String substituteUsername, LocalDate fromDate, LocalDate toDate,
			String createdBy, Instant createdAt) {
		this.absentUsername = absentUsername;
		this.substituteUsername = substituteUsername;
		this.fromDate = fromDate;
		this.toDate = toDate;
		this.createdBy = createdBy;
		this.createdAt = createdAt;
	}

	boolean covers(LocalDate day) {
		return cancelledAt == null && !day.isBefore(fromDate) && !day.isAfter(toDate);
	}

	boolean overlaps(LocalDate from, LocalDate to) {
		return cancelledAt == null && !from.isAfter(toDate) && !to.isBefore(fromDate);
	}

	void cancel(Instant at) {
		if (cancelledAt == null) {
			cancelledAt = at;
		}
	}

	String getAbsentUsername() {
		return absentUsername;
	}

	String getSubstituteUsername() {
		return substituteUsername;
	}

	SubstitutionView view(LocalDate today) {
		return new SubstitutionView(id, absentUsername, substituteUsername, fromDate, toDate, cancelledAt != null,
				covers(today));
	}

}
