package cn.budget.workflow;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import cn.budget.identity.Actor;
import cn.budget.identity.Role;

/**
 * A condition on the inbox's projection ({@code inbox_task t}) and its arguments, and the
 * conditions and orders of a caller's inbox.
 */
record InboxSql(String text, List<Object> args) {

	InboxSql(String text, Object... args) {
		this(text, List.of(args));
	}

	InboxSql and(InboxSql other) {
		List<Object> all = new ArrayList<>(args);
		all.addAll(other.args);
		return new InboxSql(text + " and " + other.text, all);
	}

	// The inbox's orders name the index's leading, fixed columns too: H2 reads an index
	// in
	// order (and stops after the page) only when the order by begins with the index's
	// first column; otherwise it read and sorted all 28,000 of a reviewer's rows, or all
	// 100,000 for an administrator. Equal in every row, they change no order.
	private static final String BY_GROUP = " order by t.candidate_group, t.due_sort, t.created_at, t.task_id";

	private static final String BY_GROUP_DEPARTMENT = " order by t.candidate_group, t.department_code, t.due_sort, "
			+ "t.created_at, t.task_id";

	private static final String BY_PRIMARY = " order by t.primary_row, t.due_sort, t.created_at, t.task_id";

	/**
	 * The order of the actor's inbox, by the index its conditions point at: one
	 * disclosure's few rows, all tasks (administrators), a group's tasks in one
	 * department or in all.
	 */
	static String order(Actor actor, InboxFilter filter) {
		if (filter.disclosureId() != null) {
			return ProjectedTasks.ORDER;
		}
		if (actor.is(Role.ADMIN)) {
			return BY_PRIMARY;
		}
		boolean oneDepartment = (!actor.seesAllDepartments() && actor.departmentCode() != null)
				|| filteredDepartment(filter) != null;
		return oneDepartment ? BY_GROUP_DEPARTMENT : BY_GROUP;
	}

	// What TaskAccess.canSee asks beyond the candidate group, and the filter's narrowing.
	static InboxSql scope(Actor actor, InboxFilter filter, Instant now) {
		InboxSql sql = new InboxSql("1 = 1");
		if (!actor.seesAllDepartments()) {
			sql = actor.departmentCode() == null ? sql.and(new InboxSql("1 = 0"))
					: sql.and(new InboxSql("t.department_code = ?", actor.departmentCode()));
		}
		if (!actor.is(Role.ADMIN)) {
			sql = actor.unitCode() == null ? sql.and(new InboxSql("t.task_key <> ?", TaskKeys.CONTRIBUTE)) : sql
				.and(new InboxSql("(t.task_key <> ? or t.unit_code = ?)", TaskKeys.CONTRIBUTE, actor.unitCode()));
			if (!(actor.is(Role.DRAFTER) && actor.mainUnit())) {
				sql = sql.and(new InboxSql("t.task_key <> ?", TaskKeys.DRAFT));
			}
		}
		if (filteredDepartment(filter) != null) {
			sql = sql.and(new InboxSql("t.department_code = ?", filteredDepartment(filter)));
		}
		if (filter.taskKey() != null && !filter.taskKey().isBlank()) {
			sql = sql.and(new InboxSql("t.task_key = ?", filter.taskKey()));
		}
		if (filter.disclosureId() != null) {
			sql = sql.and(new InboxSql("t.disclosure_id = ?", filter.disclosureId()));
		}
		if (filter.year() != null) {
			sql = sql.and(new InboxSql("t.fiscal_year = ?", filter.year()));
		}
		if (Boolean.TRUE.equals(filter.overdue())) {
			sql = sql.and(new InboxSql("t.due_at < ?", TaskProjection.utc(now)));
		}
		return sql;
	}

	private static String filteredDepartment(InboxFilter filter) {
		String code = filter.departmentCode();
		return code == null || code.isBlank() ? null : code;
	}

}
