package cn.budget.workflow;

import java.util.Collection;
import java.util.Set;
import java.util.stream.Collectors;

import cn.budget.identity.Actor;
import cn.budget.identity.Role;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;

/**
 * Who may see and act on a task: the task's candidate group must be the actor's role;
 * department roles must belong to the task's department; a contribution task belongs to
 * its sub-unit's drafters and the consolidation to the department's main-unit drafters. A
 * claimed task is acted on by its assignee only, or by their substitute while they are
 * absent.
 */
final class TaskAccess {

	private TaskAccess() {
	}

	/** The facts of a task that decide access. */
	record Facts(String taskKey, Set<String> candidateGroups, String departmentCode, String unitCode, String assignee) {
	}

	/** The candidate groups among a task's identity links. */
	static Set<String> candidateGroups(Collection<? extends IdentityLink> links) {
		return links.stream()
			.filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
			.map(IdentityLink::getGroupId)
			.collect(Collectors.toSet());
	}

	static boolean canSee(Actor actor, Facts task) {
		if (actor.is(Role.ADMIN)) {
			return true;
		}
		if (!task.candidateGroups().contains(actor.role().name()) && !actor.username().equals(task.assignee())) {
			return false;
		}
		if (!actor.canSeeDepartment(task.departmentCode())) {
			return false;
		}
		if (TaskKeys.CONTRIBUTE.equals(task.taskKey())) {
			return actor.unitCode() != null && actor.unitCode().equals(task.unitCode());
		}
		if (TaskKeys.DRAFT.equals(task.taskKey())) {
			return actor.is(Role.DRAFTER) && actor.mainUnit();
		}
		return true;
	}

	/**
	 * Whether the actor may claim or complete it: they can see it, and nobody else
	 * claimed it.
	 */
	static boolean canAct(Actor actor, Facts task) {
		return canAct(actor, task, Set.of());
	}

	/**
	 * The same, for an actor standing in for absent people today: a task one of them
	 * claimed is the actor's too. Seeing it still takes the actor's own role and scope.
	 */
	static boolean canAct(Actor actor, Facts task, Set<String> standingInFor) {
		return canSee(actor, task) && task.candidateGroups().contains(actor.role().name()) && (task.assignee() == null
				|| actor.username().equals(task.assignee()) || standingInFor.contains(task.assignee()));
	}

}
