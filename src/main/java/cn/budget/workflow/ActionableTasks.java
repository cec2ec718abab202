package cn.budget.workflow;

import java.util.Optional;

import cn.budget.identity.Actor;
import cn.budget.shared.DomainException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Whether an actor may act on a task now, for claiming and completing it: the task as the
 * system sees it, then the actor's scope, and their role, unit or claim. Not
 * transactional of its own: a refusal found while claiming many must not mark the
 * caller's transaction for rollback.
 */
@Component
class ActionableTasks {

	private final ProjectedTasks projected;

	private final TaskViews views;

	private final FinishedTasks finished;

	ActionableTasks(ProjectedTasks projected, TaskViews views, FinishedTasks finished) {
		this.projected = projected;
		this.views = views;
		this.finished = finished;
	}

	/**
	 * The task, if the actor may act on it now.
	 * @throws TaskNotFoundException when it belongs to a department outside the actor's
	 * scope
	 * @throws AccessDeniedException when it is within scope but not the actor's: another
	 * role or unit, or claimed by somebody else
	 */
	TaskView require(Actor actor, String taskId) {
		ProjectedTask task = projected.byId(taskId).orElseThrow(() -> finished.gone(actor, taskId));
		TaskView view = views.bare(task);
		if (!actor.canSeeDepartment(view.departmentCode())) {
			throw new TaskNotFoundException(taskId);
		}
		if (!views.canAct(actor, task)) {
			throw new AccessDeniedException("This task is not yours");
		}
		return view;
	}

	/** The task, if the actor may act on it now; else empty. */
	Optional<TaskView> find(Actor actor, String taskId) {
		try {
			return Optional.of(require(actor, taskId));
		}
		catch (DomainException | AccessDeniedException ex) {
			return Optional.empty();
		}
	}

}
