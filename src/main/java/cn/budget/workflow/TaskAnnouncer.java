package cn.budget.workflow;

import java.util.Set;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Announces every new task of the route as a {@link TaskCreated} event with its
 * recipients, from Camunda's task events (published as Spring events by the Camunda
 * starter).
 */
@Component
class TaskAnnouncer {

	private final ApplicationEventPublisher events;

	private final TaskRecipients recipients;

	TaskAnnouncer(ApplicationEventPublisher events, TaskRecipients recipients) {
		this.events = events;
		this.recipients = recipients;
	}

	// Told apart by name here, not by a SpEL condition evaluated for every task event.
	@EventListener
	void onCreate(DelegateTask task) {
		if (!TaskListener.EVENTNAME_CREATE.equals(task.getEventName())
				|| task.getVariable(ProcessVariables.DISCLOSURE_ID) == null) {
			return;
		}
		ProcessVariables vars = ProcessVariables.of(task);
		Set<String> groups = TaskAccess.candidateGroups(task.getCandidates());
		// The element variable of a contribution is set on the execution before its
		// listeners run.
		Object unit = task.getExecution().getVariableLocal(TaskRouting.UNIT_CODE);
		TaskAccess.Facts facts = new TaskAccess.Facts(task.getTaskDefinitionKey(), groups, vars.departmentCode(),
				unit == null ? null : unit.toString(), task.getAssignee());
		events.publishEvent(new TaskCreated(task.getId(), task.getTaskDefinitionKey(), task.getName(),
				vars.disclosureId(), vars.departmentCode(),
				task.getDueDate() == null ? null : task.getDueDate().toInstant(), recipients.of(facts)));
	}

}
