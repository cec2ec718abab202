package cn.budget.workflow;

/**
 * Narrows the inbox: by year, department, task and whether overdue. Null means any.
 */
public record InboxFilter(Integer year, String departmentCode, String taskKey, Boolean overdue) {

	public static InboxFilter none() {
		return new InboxFilter(null, null, null, null);
	}

	boolean accepts(TaskView task) {
		return (year == null || year.equals(task.fiscalYear()))
				&& (departmentCode == null || departmentCode.isBlank() || departmentCode.equals(task.departmentCode()))
				&& (taskKey == null || taskKey.isBlank() || taskKey.equals(task.taskKey()))
				&& (overdue == null || !overdue || task.overdue());
	}

}
