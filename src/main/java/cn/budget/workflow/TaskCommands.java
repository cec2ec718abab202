package cn.budget.workflow;

import java.util.Map;

import org.camunda.bpm.engine.TaskAlreadyClaimedException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.ClaimTaskCmd;
import org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Completes a task as the acting person's, so that Camunda's history names who really
 * completed it: a task nobody holds is claimed and completed in one engine command — the
 * engine's own claim and completion with their checks, listeners, history and operation
 * log, but one flush, so the task's row is not updated for the claim only to be deleted
 * by the completion — and a task an absent colleague holds is handed to the substitute
 * first.
 */
@Component
class TaskCommands {

	private final ProcessEngineConfigurationImpl engine;

	private final TaskService tasks;

	TaskCommands(ProcessEngineConfigurationImpl engine, TaskService tasks) {
		this.engine = engine;
		this.tasks = tasks;
	}

	/**
	 * @param assignee who holds the task now, or null
	 * @throws AccessDeniedException when somebody claimed it meanwhile
	 */
	void complete(String taskId, String assignee, String actor, Map<String, Object> variables) {
		if (assignee == null) {
			claimAndComplete(taskId, actor, variables);
			return;
		}
		if (!assignee.equals(actor)) {
			tasks.setAssignee(taskId, actor);
		}
		tasks.complete(taskId, variables);
	}

	private void claimAndComplete(String taskId, String actor, Map<String, Object> variables) {
		try {
			engine.getCommandExecutorTxRequired().execute(context -> {
				new ClaimTaskCmd(taskId, actor).execute(context);
				return new CompleteTaskCmd(taskId, variables).execute(context);
			});
		}
		catch (TaskAlreadyClaimedException ex) {
			throw new AccessDeniedException("Claimed by somebody else meanwhile");
		}
	}

}
