package cn.budget.workflow;

import org.camunda.bpm.engine.task.TaskQuery;

/**
 * Narrows the inbox: by year, department, task, whether overdue and disclosure. Null
 * means any.
 */
public record InboxFilter(Integer year, String departmentCode, String taskKey, Boolean overdue, Long disclosureId) {

	public InboxFilter(Integer year, String departmentCode, String taskKey, Boolean overdue) {
		this(year, departmentCode, taskKey, overdue, null);
	}

	public static InboxFilter none() {
		return new InboxFilter(null, null, null, null);
	}

	// Department and task are narrowed in the query; year and overdue need the task's
	// view.
	TaskQuery narrow(TaskQuery query) {
		if (departmentCode != null && !departmentCode.isBlank()) {
			query.processVariableValueEquals(ProcessVariables.DEPARTMENT_CODE, departmentCode);
		}
		if (taskKey != null && !taskKey.isBlank()) {
			query.taskDefinitionKey(taskKey);
		}
		return query;
	}

	boolean accepts(TaskView task) {
		return (year == null || year.equals(task.fiscalYear()))
				&& (departmentCode == null || departmentCode.isBlank() || departmentCode.equals(task.departmentCode()))
				&& (taskKey == null || taskKey.isBlank() || taskKey.equals(task.taskKey()))
				&& (overdue == null || !overdue || task.overdue())
				&& (disclosureId == null || disclosureId.equals(task.disclosureId()));
	}

}
