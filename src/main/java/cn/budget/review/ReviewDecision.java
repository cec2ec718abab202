package cn.budget.review;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A decision taken on a task of a disclosure's route: who, when, on which submitted
 * version, what and why. Read through JPA; written with one plain insert by
 * {@link ReviewDecisions#record}.
 */
@Entity
@Table(name = "review_decision")
class ReviewDecision {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false)
	private Long disclosureId;

	@Column(nullable = false)
	private String taskKey;

	@Column(nullable = false)
	private String decision;

	@Column(length = 4000)
	private String comment;

	@Column(nullable = false)
	private String actor;

	private String actorName;

	@Column(nullable = false)
	private Instant decidedAt;

	private Integer submission;

	private String onBehalfOf;

	protected ReviewDecision() {
	}

	DecisionView view() {
		return new DecisionView(id, disclosureId, taskKey, decision, comment, actor, actorName, decidedAt, submission,
				onBehalfOf);
	}

}
