package cn.budget.workflow;

import java.time.Instant;
import java.util.Set;

/**
 * An open task of the disclosure route as the inbox's projection holds it
 * ({@code inbox_task}).
 *
 * @param candidateGroups the task's candidate groups as far as the query that found it
 * knows them: all of them when read by task or disclosure, the caller's role (or none)
 * when read for an inbox
 */
record ProjectedTask(String id, Set<String> candidateGroups, String processInstanceId, long disclosureId,
		String departmentCode, String unitCode, String taskKey, String name, String assignee, Instant created,
		Instant due, Long roundId, Integer fiscalYear) {

	/** The facts {@link TaskAccess} decides on. */
	TaskAccess.Facts facts() {
		return new TaskAccess.Facts(taskKey, candidateGroups, departmentCode, unitCode, assignee);
	}

	ProjectedTask withGroups(Set<String> groups) {
		return new ProjectedTask(id, groups, processInstanceId, disclosureId, departmentCode, unitCode, taskKey, name,
				assignee, created, due, roundId, fiscalYear);
	}

}
