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

	/** The task the application is completing in this thread, if any. */
	private static final ThreadLocal<String> COMPLETING = new ThreadLocal<>();

	/**
	 * Runs the completion of that task (and what leads to it) on behalf of the
	 * application.
	 */
	void allow(String taskId, Runnable completion) {
		COMPLETING.set(taskId);
		try {
			completion.run();
		}
		finally {
			COMPLETING.remove();
		}
	}

	/** Whether the application is completing this task in this thread right now. */
	boolean completing(String taskId) {
		return taskId != null && taskId.equals(COMPLETING.get());
	}

	// Told apart by name here, not by a SpEL condition evaluated for every task event.
	@EventListener
	void onComplete(DelegateTask task) {
		// The application's own completions first: no need to read the task's variables.
		if (TaskListener.EVENTNAME_COMPLETE.equals(task.getEventName()) && COMPLETING.get() == null
				&& task.getVariable(ProcessVariables.DISCLOSURE_ID) != null) {
			throw new IllegalStateException("Tasks of the disclosure route are completed in the application, not in "
					+ "Camunda's Tasklist or REST API: " + task.getId());
		}
	}

}
