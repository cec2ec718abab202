package cn.budget.tracking;

import java.time.Instant;
import java.time.LocalDate;

import cn.budget.workflow.TaskView;
import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * One department's line on the dashboard.
 *
 * @param disclosureId its disclosure
 * @param departmentCode the department
 * @param departmentName its name
 * @param stage where it stands
 * @param currentTask the BPMN id of the task the route waits at, or null
 * @param assignee who claimed that task, or null
 * @param due the last legal day
 * @param daysLeft days until the deadline; negative when overdue; null once published
 * @param returns how often it was returned
 * @param openErrors the ERROR findings of the automated checks on the current content;
 * null until {@link RoundProgress#withDetails} counted them
 * @param submitted when it was first submitted, or null
 * @param published when it was first published, or null
 * @param late whether it was (or, unpublished, is now) past the deadline
 * @param version the disclosure's version the line was read at, to count its errors
 * without reading it again (not part of the JSON)
 */
public record DepartmentProgress(Long disclosureId, String departmentCode, String departmentName, Stage stage,
		String currentTask, String assignee, LocalDate due, Long daysLeft, long returns, Long openErrors,
		Instant submitted, Instant published, boolean late, @JsonIgnore long version) {

	/**
	 * This line with the department's current task and its assignee (or none) and its
	 * open errors.
	 */
	DepartmentProgress withDetails(TaskView task, long errors) {
		return new DepartmentProgress(disclosureId, departmentCode, departmentName, stage,
				task == null ? null : task.taskKey(), task == null ? null : task.assignee(), due, daysLeft, returns,
				errors, submitted, published, late, version);
	}

}
