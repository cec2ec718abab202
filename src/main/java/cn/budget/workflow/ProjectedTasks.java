package cn.budget.workflow;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import cn.budget.identity.Actor;
import cn.budget.identity.Role;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Reads the inbox's projection ({@code inbox_task}): a caller's inbox as one indexed,
 * paged query that says in SQL what {@link TaskAccess#canSee} says in Java.
 */
@Component
class ProjectedTasks {

	private static final String COLUMNS = "select t.task_id, t.candidate_group, t.process_instance_id, t.disclosure_id, "
			+ "t.department_code, t.unit_code, t.task_key, t.name, t.assignee, t.created_at, t.due_at, t.round_id, "
			+ "t.fiscal_year from inbox_task t where ";

	static final String ORDER = " order by t.due_sort, t.created_at, t.task_id";

	private static final Comparator<ProjectedTask> SOONEST_DUE = Comparator
		.comparing((ProjectedTask t) -> t.due() == null ? TaskProjection.NO_DUE : t.due())
		.thenComparing(ProjectedTask::created)
		.thenComparing(ProjectedTask::id);

	private static final int CHUNK = 500;

	private final JdbcTemplate jdbc;

	ProjectedTasks(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** One task with all its candidate groups. */
	Optional<ProjectedTask> byId(String taskId) {
		return merged(jdbc.query(COLUMNS + "t.task_id = ?", ProjectedTasks::row, taskId)).stream().findFirst();
	}

	/** Those of these tasks that are still open, with all their candidate groups. */
	List<ProjectedTask> byIds(Collection<String> taskIds) {
		return in("t.task_id", taskIds);
	}

	/** The open tasks of these disclosures, with all their candidate groups. */
	List<ProjectedTask> ofDisclosures(Collection<Long> disclosureIds) {
		return in("t.disclosure_id", disclosureIds);
	}

	/**
	 * Per disclosure the open task of its route that comes first (soonest due; a
	 * supervisor's follow-up aside), with all its candidate groups: what a round's
	 * dashboard shows, without reading every open task of the round's disclosures.
	 */
	List<ProjectedTask> firstOfDisclosures(Collection<Long> disclosureIds) {
		List<Long> all = List.copyOf(new HashSet<>(disclosureIds));
		List<String> firsts = new ArrayList<>();
		for (int from = 0; from < all.size(); from += CHUNK) {
			List<Long> chunk = all.subList(from, Math.min(all.size(), from + CHUNK));
			List<Object> args = new ArrayList<>(List.of(TaskKeys.FOLLOW_UP));
			args.addAll(chunk);
			firsts.addAll(jdbc.queryForList("select f.task_id from (select t.task_id, row_number() over (partition by "
					+ "t.disclosure_id order by t.due_sort, t.created_at, t.task_id) as n from inbox_task t where "
					+ "t.primary_row = true and t.task_key <> ? and t.disclosure_id in ("
					+ "?,".repeat(chunk.size() - 1) + "?)) f where f.n = 1", String.class, args.toArray()));
		}
		return byIds(firsts);
	}

	private List<ProjectedTask> in(String column, Collection<?> values) {
		List<?> all = List.copyOf(new HashSet<>(values));
		List<ProjectedTask> rows = new ArrayList<>();
		for (int from = 0; from < all.size(); from += CHUNK) {
			List<?> chunk = all.subList(from, Math.min(all.size(), from + CHUNK));
			rows.addAll(jdbc.query(COLUMNS + column + " in (" + "?,".repeat(chunk.size() - 1) + "?)" + ORDER,
					ProjectedTasks::row, chunk.toArray()));
		}
		return merged(rows);
	}

	/**
	 * A page of the tasks the actor may see, soonest due first. The candidate groups of
	 * each are the actor's role when it is one of them, else none (a task the actor holds
	 * outside their role).
	 */
	List<ProjectedTask> inboxOf(Actor actor, InboxFilter filter, Instant now, long offset, int limit) {
		InboxSql scope = InboxSql.scope(actor, filter, now);
		if (actor.is(Role.ADMIN)) {
			return page(new InboxSql("t.primary_row = true").and(scope), InboxSql.order(actor, filter), offset, limit,
					Set.of());
		}
		String role = actor.role().name();
		// Tasks the actor claimed although their role is not a candidate: rare, and few.
		List<ProjectedTask> held = page(
				new InboxSql(
						"t.assignee = ? and t.primary_row = true and not exists (select 1 from "
								+ "inbox_task g where g.task_id = t.task_id and g.candidate_group = ?)",
						actor.username(), role)
					.and(scope),
				ORDER, 0, Integer.MAX_VALUE, Set.of());
		InboxSql byRole = new InboxSql("t.candidate_group = ?", role).and(scope);
		String order = InboxSql.order(actor, filter);
		if (held.isEmpty()) {
			return page(byRole, order, offset, limit, Set.of(role));
		}
		List<ProjectedTask> all = new ArrayList<>(
				page(byRole, order, 0, (int) Math.min(Integer.MAX_VALUE, offset + limit), Set.of(role)));
		all.addAll(held);
		all.sort(SOONEST_DUE);
		return all.subList((int) Math.min(all.size(), offset), (int) Math.min(all.size(), offset + limit));
	}

	private List<ProjectedTask> page(InboxSql where, String order, long offset, int limit, Set<String> groups) {
		List<Object> args = new ArrayList<>(where.args());
		args.add(offset);
		args.add(limit);
		return jdbc.query(COLUMNS + where.text() + order + " offset ? rows fetch next ? rows only",
				(rs, n) -> row(rs, n).withGroups(groups), args.toArray());
	}

	// Rows of the same task (one per candidate group) as one task with all its groups.
	private static List<ProjectedTask> merged(List<ProjectedTask> rows) {
		Map<String, ProjectedTask> tasks = new LinkedHashMap<>();
		for (ProjectedTask row : rows) {
			tasks.merge(row.id(), row, (a, b) -> {
				Set<String> groups = new HashSet<>(a.candidateGroups());
				groups.addAll(b.candidateGroups());
				return a.withGroups(Set.copyOf(groups));
			});
		}
		return List.copyOf(tasks.values());
	}

	private static ProjectedTask row(ResultSet rs, int n) throws SQLException {
		String group = rs.getString("candidate_group");
		OffsetDateTime due = rs.getObject("due_at", OffsetDateTime.class);
		return new ProjectedTask(rs.getString("task_id"), group.isEmpty() ? Set.of() : Set.of(group),
				rs.getString("process_instance_id"), rs.getLong("disclosure_id"), rs.getString("department_code"),
				rs.getString("unit_code"), rs.getString("task_key"), rs.getString("name"), rs.getString("assignee"),
				rs.getObject("created_at", OffsetDateTime.class).toInstant(), due == null ? null : due.toInstant(),
				rs.getObject("round_id", Long.class), rs.getObject("fiscal_year", Integer.class));
	}

}
