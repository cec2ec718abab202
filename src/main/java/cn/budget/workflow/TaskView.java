package cn.budget.workflow;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A task as the inbox and the API show it.
 *
 * @param id the task id
 * @param taskKey the BPMN element id, e.g. {@code Task_FinanceReview}
 * @param name the task's name in the BPMN
 * @param disclosureId the disclosure the task is about
 * @param departmentCode its department
 * @param departmentName the department's name
 * @param fiscalYear the disclosure's year
 * @param title the disclosure's title
 * @param unitCode the sub-unit of a contribution task, else null
 * @param assignee who claimed the task, or null
 * @param created when the task was created
 * @param due when publication is due
 * @param lastDay the last day to publish on, in the county's time zone, or null
 * @param overdue whether the due date has passed
 */
public record TaskView(String id, String taskKey, String name, Long disclosureId, String departmentCode,
		String departmentName, Integer fiscalYear, String title, String unitCode, String assignee, Instant created,
		Instant due, LocalDate lastDay, boolean overdue) {

	/** A supervisor's follow-up of an overdue route, beside the route's own task. */
	public boolean isFollowUp() {
		return TaskKeys.FOLLOW_UP.equals(taskKey);
	}

}
