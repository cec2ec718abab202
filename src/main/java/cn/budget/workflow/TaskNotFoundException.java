package cn.budget.workflow;

import cn.budget.shared.DomainException;

/**
 * No open task with this id within the caller's reach.
 */
public class TaskNotFoundException extends DomainException {

	public TaskNotFoundException(String id) {
		super(Kind.NOT_FOUND, "error.taskNotFound", "Task " + id + " not found");
	}

}
