package cn.budget.workflow;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import cn.budget.checks.SubmissionBlockedException;
import cn.budget.checks.SubmissionGate;
import cn.budget.disclosure.DisclosureLifecycle;
import cn.budget.disclosure.DisclosureVersions;
import cn.budget.disclosure.VersionInfo;
import cn.budget.identity.Actor;
import cn.budget.review.ReviewComments;
import cn.budget.review.ReviewDecisions;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Completes a task with a decision: moves the disclosure along its route (submission
 * freezes a version, sign-off, return, approval, publication), records the decision and
 * lets the process continue — all in one transaction; {@link CompletionGuard} refuses
 * completions elsewhere, so the disclosure and the process never disagree.
 */
@Service
@Transactional
public class TaskCompletion {

	/** The columns {@code review_decision.comment} and {@code review_comment.text}. */
	static final int MAX_COMMENT = 4000;

	private final Inbox inbox;

	private final TaskCommands commands;

	private final DisclosureLifecycle lifecycle;

	private final DisclosureVersions versions;

	private final ReviewDecisions decisions;

	private final ReviewComments comments;

	private final ObjectProvider<SubmissionGate> gate;

	private final CompletionGuard guard;

	private final WorkflowMetrics metrics;

	private final TaskForms forms;

	TaskCompletion(Inbox inbox, TaskCommands commands, DisclosureLifecycle lifecycle, DisclosureVersions versions,
			ReviewDecisions decisions, ReviewComments comments, ObjectProvider<SubmissionGate> gate,
			CompletionGuard guard, WorkflowMetrics metrics, TaskForms forms) {
		this.forms = forms;
		this.inbox = inbox;
		this.commands = commands;
		this.lifecycle = lifecycle;
		this.versions = versions;
		this.decisions = decisions;
		this.comments = comments;
		this.gate = gate;
		this.guard = guard;
		this.metrics = metrics;
	}

	/**
	 * @throws TaskNotFoundException when the actor cannot see the task
	 * @throws org.springframework.security.access.AccessDeniedException when it is not
	 * the actor's
	 * @throws DecisionRefusedException for a decision the task does not take, or a return
	 * without reasons
	 * @throws SubmissionBlockedException when the checks refuse a submission
	 */
	public void complete(Actor actor, String taskId, Decision decision, String comment) {
		if (comment != null && comment.length() > MAX_COMMENT) {
			throw new DecisionRefusedException("comment", "validation.tooLong", MAX_COMMENT);
		}
		TaskView task = inbox.requireActor(actor, taskId);
		TaskForm form = forms.of(task);
		if (!form.takes(decision)) {
			throw new DecisionRefusedException("decision", "validation.decision", String.valueOf(decision));
		}
		Map<String, Object> variables = new HashMap<>();
		Integer submission = act(actor, task, form, decision, comment, variables);
		decisions.record(actor, task.disclosureId(), task.taskKey(), decision.name(), comment, onBehalfOf(actor, task),
				submission);
		try {
			// The claim and the completion as one engine command (TaskCommands): the
			// inbox's rows of the task are removed, not rewritten for the claim first.
			guard.allow(taskId, () -> commands.complete(taskId, task.assignee(), actor.username(), variables));
		}
		catch (OptimisticLockingException ex) {
			// A colleague moved the same route on at the same moment, e.g. two sub-units
			// submitting.
			throw new TaskChangedMeanwhileException(taskId);
		}
		metrics.completed(task.taskKey(), decision);
	}

	/**
	 * What the task's form does to the disclosure; puts the variables the route goes on
	 * with. Answers the number of the submitted version the decision is taken on (null
	 * before the first submission): a submission and a sign-off know it already.
	 */
	private Integer act(Actor actor, TaskView task, TaskForm form, Decision decision, String comment,
			Map<String, Object> variables) {
		long id = task.disclosureId();
		switch (form) {
			case DRAFT -> {
				gate.ifAvailable(g -> g.assertSubmittable(versions.currentContent(id), comment));
				DisclosureLifecycle.Submission submission = lifecycle.submit(id, actor.username(),
						blankToNull(comment));
				variables.put(ProcessVariables.NEEDS_SIGN_OFF, submission.needsSignOff());
				return submission.version().number();
			}
			case SIGN_OFF, REVIEW -> {
				Integer signed = decide(actor, task, form, decision, comment, variables);
				if (signed != null) {
					return signed;
				}
			}
			case PUBLISH -> publish(actor, id, blankToNull(comment));
			default -> {
				// Contributions and follow-ups only move the process on.
			}
		}
		return versions.latest(id, VersionInfo.Kind.SUBMISSION).map(VersionInfo::number).orElse(null);
	}

	// Publishing takes the disclosure's lock before anything is refused: a colleague who
	// published a moment ago (and whose publication this call may already see) makes
	// this a 409, not a correction without its note. A real correction without a note is
	// refused afterwards, which rolls its publication back with the transaction.
	private void publish(Actor actor, long id, String note) {
		// A published version after the first is a correction's.
		if (lifecycle.publish(id, actor.username(), note).number() > 1 && note == null) {
			throw new DecisionRefusedException("comment", "validation.changeNoteRequired");
		}
	}

	// Answers the submission signed off, null for other decisions.
	private Integer decide(Actor actor, TaskView task, TaskForm form, Decision decision, String comment,
			Map<String, Object> variables) {
		long id = task.disclosureId();
		variables.put(ProcessVariables.DECISION, decision.name());
		if (decision == Decision.RETURN) {
			requireReason(actor, id, comment);
			lifecycle.returnForRevision(id, actor.username(), blankToNull(comment));
			return null;
		}
		if (form == TaskForm.SIGN_OFF) {
			return lifecycle.signOff(id, actor.username());
		}
		lifecycle.approve(id, actor.username());
		return null;
	}

	// A return needs at least one reason: the decision's comment or a comment written on
	// this version.
	private void requireReason(Actor actor, long id, String comment) {
		if (comment != null && !comment.isBlank()) {
			return;
		}
		Instant since = versions.latest(id, VersionInfo.Kind.SUBMISSION)
			.map(VersionInfo::frozenAt)
			.orElse(Instant.EPOCH);
		if (comments.openCommentsBy(id, actor.username(), since) == 0) {
			throw new DecisionRefusedException("comment", "validation.returnNeedsReason");
		}
	}

	// A task claimed by an absent colleague: the substitute acting on it
	// (Inbox.requireActor allowed it).
	private static String onBehalfOf(Actor actor, TaskView task) {
		return task.assignee() == null || task.assignee().equals(actor.username()) ? null : task.assignee();
	}

	private static String blankToNull(String s) {
		return s == null || s.isBlank() ? null : s.strip();
	}

}
