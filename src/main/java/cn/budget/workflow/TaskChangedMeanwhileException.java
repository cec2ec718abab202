package cn.budget.workflow;

import cn.budget.shared.DomainException;

/**
 * The route moved on while the task was being completed (a colleague acted on the same
 * process at the same moment); nothing was saved and the user tries again on the current
 * state.
 */
public class TaskChangedMeanwhileException extends DomainException {

	public TaskChangedMeanwhileException(String id) {
		super(Kind.CONFLICT, "error.taskChangedMeanwhile", "Task " + id + " changed meanwhile");
	}

}
