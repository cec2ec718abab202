package cn.budget.workflow;

import cn.budget.disclosure.AlreadyPublishedException;
import cn.budget.identity.Actor;
import cn.budget.shared.DomainException;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.springframework.stereotype.Component;

/**
 * Explains a task id that is no longer open. When a colleague completed it a moment ago
 * (two people publishing the same disclosure at once), the late one learns that from a
 * 409 instead of a puzzling "not found"; anything else, or outside the actor's scope,
 * stays 404.
 */
@Component
class FinishedTasks {

	private final HistoryService history;

	FinishedTasks(HistoryService history) {
		this.history = history;
	}

	DomainException gone(Actor actor, String taskId) {
		HistoricTaskInstance done = history.createHistoricTaskInstanceQuery().taskId(taskId).finished().singleResult();
		if (done == null || !"completed".equals(done.getDeleteReason()) || !visible(actor, done)) {
			return new TaskNotFoundException(taskId);
		}
		return TaskKeys.PUBLISH.equals(done.getTaskDefinitionKey()) ? new AlreadyPublishedException()
				: new TaskCompletedMeanwhileException(taskId);
	}

	private boolean visible(Actor actor, HistoricTaskInstance done) {
		HistoricVariableInstance department = history.createHistoricVariableInstanceQuery()
			.processInstanceId(done.getProcessInstanceId())
			.variableName(ProcessVariables.DEPARTMENT_CODE)
			.singleResult();
		return department != null && department.getValue() instanceof String code && actor.canSeeDepartment(code);
	}

}
