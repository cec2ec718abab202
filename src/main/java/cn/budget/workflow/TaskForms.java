package cn.budget.workflow;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.springframework.stereotype.Component;

/**
 * A task's {@link TaskForm}, read from the {@code camunda:formKey} of its element in the
 * deployed route, so the BPMN decides which form opens a task. Looked up once per
 * element: the newest version that has the element names it (tasks of older versions keep
 * their element ids).
 */
@Component
class TaskForms {

	private final RepositoryService repository;

	private final Map<String, TaskForm> byElement = new ConcurrentHashMap<>();

	TaskForms(RepositoryService repository) {
		this.repository = repository;
	}

	TaskForm of(TaskView task) {
		return of(task.taskKey());
	}

	TaskForm of(String taskKey) {
		return byElement.computeIfAbsent(taskKey, this::read);
	}

	private TaskForm read(String taskKey) {
		for (ProcessDefinition definition : repository.createProcessDefinitionQuery()
			.processDefinitionKey(TaskKeys.PROCESS)
			.orderByProcessDefinitionVersion()
			.desc()
			.list()) {
			if (repository.getBpmnModelInstance(definition.getId())
				.getModelElementById(taskKey) instanceof UserTask element) {
				return TaskForm.ofKey(element.getCamundaFormKey());
			}
		}
		throw new IllegalStateException("No user task " + taskKey + " in " + TaskKeys.PROCESS);
	}

}
