package cn.budget.workflow;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Tasks of a disclosure's route are completed only through the application
 * ({@link TaskCompletion}), which moves the disclosure in the same transaction;
 * completing one elsewhere (Camunda's Tasklist, its REST API) is refused, so the
 * disclosure and its process cannot drift apart.
 */
@Component
class CompletionGuard {

	private static final ThreadLocal<Boolean> ALLOWED = ThreadLocal.withInitial(() -> false);

	/** Runs a completion on behalf of the application. */
	void allow(Runnable completion) {
		ALLOWED.set(true);
		try {
			completion.run();
		}
		finally {
			ALLOWED.remove();
		}
	}

	@EventListener(condition = "#task.eventName == '" + TaskListener.EVENTNAME_COMPLETE + "'")
	void onComplete(DelegateTask task) {
		if (task.getVariable(ProcessVariables.DISCLOSURE_ID) != null && !ALLOWED.get()) {
			throw new IllegalStateException("Tasks of the disclosure route are completed in the application, not in "
					+ "Camunda's Tasklist or REST API: " + task.getId());
		}
	}

}
