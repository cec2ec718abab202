package cn.budget.workflow;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * What the deadline timers do: announce that publication is due soon, or that it is overdue.
 * Notifications and the dashboard listen to these events.
 */
@Component("deadlineNotices")
public class DeadlineNotices {

	private final ApplicationEventPublisher events;

	private final Deadlines deadlines;

	DeadlineNotices(ApplicationEventPublisher events, Deadlines deadlines) {
		this.events = events;
		this.deadlines = deadlines;
	}

	public void remind(DelegateExecution execution) {
		ProcessVariables vars = ProcessVariables.of(execution);
		events.publishEvent(new DeadlineApproaching(vars.disclosureId(), vars.departmentCode(),
				deadlines.dueOf(vars.roundId()).toInstant()));
	}

	public void escalate(DelegateExecution execution) {
		ProcessVariables vars = ProcessVariables.of(execution);
		events.publishEvent(new DeadlineMissed(vars.disclosureId(), vars.departmentCode(),
				deadlines.dueOf(vars.roundId()).toInstant()));
	}

}
