package cn.budget.workflow;

import cn.budget.identity.OrganisationChanged;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A person deactivated while holding claimed tasks hands them back to their candidates,
 * in the same transaction: they can no longer sign in, and the task must not wait for
 * them.
 */
@Component
class DeactivatedAssignees {

	private final TaskService tasks;

	DeactivatedAssignees(TaskService tasks) {
		this.tasks = tasks;
	}

	@EventListener
	void on(OrganisationChanged change) {
		if ("USER_CHANGED".equals(change.kind()) && "active".equals(change.field()) && "false".equals(change.to())) {
			for (Task task : tasks.createTaskQuery().taskAssignee(change.subject()).list()) {
				tasks.setAssignee(task.getId(), null);
			}
		}
	}

}
