package cn.budget.workflow;

import cn.budget.shared.DomainException;

/**
 * The task was completed by a colleague before this completion arrived; nothing was
 * saved.
 */
public class TaskCompletedMeanwhileException extends DomainException {

	public TaskCompletedMeanwhileException(String id) {
		super(Kind.CONFLICT, "error.taskCompletedMeanwhile", "Task " + id + " was completed meanwhile");
	}

}
