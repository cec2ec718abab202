package cn.budget.workflow;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Keeps the inbox's projection of open tasks ({@code inbox_task}) from Camunda's task
 * events, which the Camunda starter publishes synchronously inside the engine's command:
 * the rows change in the same transaction as the task, so the inbox never lists a task
 * the engine has finished.
 */
@Component
class TaskProjection {

	/**
	 * Sorts tasks without a due date after all others (H2 and PostgreSQL order NULLs
	 * differently).
	 */
	static final Instant NO_DUE = Instant.parse("9999-12-31T00:00:00Z");

	private static final String INSERT = "insert into inbox_task (task_id, candidate_group, primary_row, "
			+ "process_instance_id, disclosure_id, department_code, unit_code, task_key, name, assignee, created_at, "
			+ "due_at, due_sort, round_id, fiscal_year) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

	private final JdbcTemplate jdbc;

	private final RoundRepository rounds;

	private final CompletionGuard completions;

	TaskProjection(JdbcTemplate jdbc, RoundRepository rounds, CompletionGuard completions) {
		this.jdbc = jdbc;
		this.rounds = rounds;
		this.completions = completions;
	}

	// One listener for every task event, told apart by name here: a SpEL condition per
	// listener was evaluated for every event of every task (a context and a property
	// lookup each, about twenty per decision).
	@EventListener
	void on(DelegateTask task) {
		if (task.getEventName() == null) {
			return;
		}
		switch (task.getEventName()) {
			case TaskListener.EVENTNAME_CREATE -> onCreate(task);
			case TaskListener.EVENTNAME_ASSIGNMENT, TaskListener.EVENTNAME_UPDATE -> onChange(task);
			case TaskListener.EVENTNAME_COMPLETE, TaskListener.EVENTNAME_DELETE -> remove(task.getId());
			default -> {
				// Timeouts and other events leave the rows as they are.
			}
		}
	}

	private void onCreate(DelegateTask task) {
		if (task.getVariable(ProcessVariables.DISCLOSURE_ID) != null) {
			insert(List.of(of(task)));
		}
	}

	// A claim, a hand-back or a changed due date or candidate: the task's rows again —
	// unless the task is being completed in this transaction, which removes them.
	private void onChange(DelegateTask task) {
		if (!completions.completing(task.getId()) && task.getVariable(ProcessVariables.DISCLOSURE_ID) != null) {
			remove(task.getId());
			insert(List.of(of(task)));
		}
	}

	private ProjectedTask of(DelegateTask task) {
		ProcessVariables vars = ProcessVariables.of(task);
		// The element variable of a contribution is set on the execution before its
		// listeners run.
		Object unit = task.getExecution() == null ? task.getVariableLocal(TaskRouting.UNIT_CODE)
				: task.getExecution().getVariableLocal(TaskRouting.UNIT_CODE);
		return new ProjectedTask(task.getId(), TaskAccess.candidateGroups(task.getCandidates()),
				task.getProcessInstanceId(), vars.disclosureId(), vars.departmentCode(),
				unit == null ? null : unit.toString(), task.getTaskDefinitionKey(), task.getName(), task.getAssignee(),
				task.getCreateTime().toInstant(), task.getDueDate() == null ? null : task.getDueDate().toInstant(),
				vars.roundId(), fiscalYear(vars.roundId()));
	}

	// The round was read a moment ago for the task's due date: the persistence context
	// has it.
	private Integer fiscalYear(Long roundId) {
		return roundId == null ? null : rounds.findById(roundId).map(r -> r.info().fiscalYear()).orElse(null);
	}

	/**
	 * Writes the rows of the given tasks: one per candidate group, the first of them
	 * primary.
	 */
	void insert(Collection<ProjectedTask> tasks) {
		List<Object[]> rows = new ArrayList<>();
		for (ProjectedTask task : tasks) {
			List<String> groups = task.candidateGroups().isEmpty() ? List.of("")
					: task.candidateGroups().stream().sorted().toList();
			for (String group : groups) {
				rows.add(row(task, group, group.equals(groups.get(0))));
			}
		}
		jdbc.batchUpdate(INSERT, rows);
	}

	private static Object[] row(ProjectedTask task, String group, boolean primary) {
		return new Object[] { task.id(), group, primary, task.processInstanceId(), task.disclosureId(),
				task.departmentCode(), task.unitCode(), task.taskKey(), task.name(), task.assignee(),
				utc(task.created()), task.due() == null ? null : utc(task.due()),
				utc(task.due() == null ? NO_DUE : task.due()), task.roundId(), task.fiscalYear() };
	}

	static OffsetDateTime utc(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

	void remove(String taskId) {
		jdbc.update("delete from inbox_task where task_id = ?", taskId);
	}

	boolean isEmpty() {
		Integer rows = jdbc.queryForObject("select count(*) from (select 1 from inbox_task fetch first 1 rows only) t",
				Integer.class);
		return rows == null || rows == 0;
	}

}
