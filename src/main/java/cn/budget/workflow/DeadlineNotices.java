package cn.budget.workflow;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import cn.budget.identity.Directory;
import cn.budget.identity.Role;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.task.Task;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * What the deadline timers do: announce that publication is due soon, or that it is
 * overdue. Notifications and the dashboard listen to these events.
 */
@Component("deadlineNotices")
public class DeadlineNotices {

	private final ApplicationEventPublisher events;

	private final Deadlines deadlines;

	private final TaskRecipients recipients;

	private final Directory directory;

	DeadlineNotices(ApplicationEventPublisher events, Deadlines deadlines, TaskRecipients recipients,
			Directory directory) {
		this.events = events;
		this.deadlines = deadlines;
		this.recipients = recipients;
		this.directory = directory;
	}

	public void remind(DelegateExecution execution) {
		ProcessVariables vars = ProcessVariables.of(execution);
		events.publishEvent(new DeadlineApproaching(vars.disclosureId(), vars.departmentCode(),
				deadlines.dueOf(vars.roundId()).toInstant(), waitingFor(execution, vars)));
	}

	public void escalate(DelegateExecution execution) {
		ProcessVariables vars = ProcessVariables.of(execution);
		Set<String> people = new LinkedHashSet<>(waitingFor(execution, vars));
		directory.usersFor(Role.SUPERVISOR, null).forEach(u -> people.add(u.username()));
		events.publishEvent(new DeadlineMissed(vars.disclosureId(), vars.departmentCode(),
				deadlines.dueOf(vars.roundId()).toInstant(), List.copyOf(people)));
	}

	// The people the route waits for: everyone who may act on one of its open tasks.
	private List<String> waitingFor(DelegateExecution execution, ProcessVariables vars) {
		TaskService tasks = execution.getProcessEngineServices().getTaskService();
		Set<String> people = new LinkedHashSet<>();
		for (Task task : tasks.createTaskQuery().processInstanceId(execution.getProcessInstanceId()).list()) {
			Set<String> groups = TaskAccess.candidateGroups(tasks.getIdentityLinksForTask(task.getId()));
			Object unit = tasks.getVariableLocal(task.getId(), TaskRouting.UNIT_CODE);
			people.addAll(recipients.of(new TaskAccess.Facts(task.getTaskDefinitionKey(), groups, vars.departmentCode(),
					unit == null ? null : unit.toString(), task.getAssignee())));
		}
		return List.copyOf(people);
	}

}
