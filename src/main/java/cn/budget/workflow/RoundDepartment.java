package cn.budget.workflow;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One department of a round and how far its opening got: pending, opened (its disclosure
 * and its route exist) or failed (neither was kept; the reason is stored and the
 * department can be tried again).
 */
@Entity
@Table(name = "round_department")
class RoundDepartment {

	enum Status {

		PENDING, OPENED, FAILED

	}

	/** Longer reasons are cut: the column holds a message, not a stack trace. */
	private static final int MAX_FAILURE = 1000;

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false)
	private Long roundId;

	private int position;

	@Column(nullable = false)
	private String departmentCode;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Status status;

	private Long disclosureId;

	private String processInstanceId;

	private String failure;

	private int attempts;

	@Column(nullable = false)
	private Instant updatedAt;

	protected RoundDepartment() {
	}

	RoundDepartment(long roundId, int position, String departmentCode, Instant at) {
		this.roundId = roundId;
		this.position = position;
		this.departmentCode = departmentCode;
		this.status = Status.PENDING;
		this.updatedAt = at;
	}

	void opened(long disclosure, String processInstance, Instant at) {
		this.status = Status.OPENED;
		this.disclosureId = disclosure;
		this.processInstanceId = processInstance;
		this.failure = null;
		this.attempts++;
		this.updatedAt = at;
	}

	void failed(String reason, Instant at) {
		this.status = Status.FAILED;
		this.failure = reason == null || reason.length() <= MAX_FAILURE ? reason : reason.substring(0, MAX_FAILURE);
		this.attempts++;
		this.updatedAt = at;
	}

	/** Back in the queue: a failed department tried again. */
	void retry(Instant at) {
		this.status = Status.PENDING;
		this.updatedAt = at;
	}

	Long getId() {
		return id;
	}

	Long getRoundId() {
		return roundId;
	}

	String getDepartmentCode() {
		return departmentCode;
	}

	Status getStatus() {
		return status;
	}

	Long getDisclosureId() {
		return disclosureId;
	}

	String getProcessInstanceId() {
		return processInstanceId;
	}

	String getFailure() {
		return failure;
	}

	int getAttempts() {
		return attempts;
	}

	int getPosition() {
		return position;
	}

}
