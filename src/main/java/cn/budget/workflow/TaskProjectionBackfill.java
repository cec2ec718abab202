package cn.budget.workflow;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import cn.budget.identity.Role;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.VariableInstance;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Fills the inbox's projection from the engine when it is empty while the engine has open
 * tasks: the first start after the projection came (V29), before anything else runs.
 * Later tasks are kept by {@link TaskProjection}.
 */
@Component
@Order(5)
class TaskProjectionBackfill implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(TaskProjectionBackfill.class);

	private static final int BATCH = 500;

	private final TaskService tasks;

	private final RuntimeService runtime;

	private final TaskProjection projection;

	private final RoundRepository rounds;

	private final TransactionTemplate transactions;

	TaskProjectionBackfill(TaskService tasks, RuntimeService runtime, TaskProjection projection, RoundRepository rounds,
			PlatformTransactionManager transactions) {
		this.tasks = tasks;
		this.runtime = runtime;
		this.projection = projection;
		this.rounds = rounds;
		this.transactions = new TransactionTemplate(transactions);
	}

	@Override
	public void run(ApplicationArguments args) {
		transactions.executeWithoutResult(status -> backfill());
	}

	int backfill() {
		if (!projection.isEmpty()) {
			return 0;
		}
		Map<Long, Integer> years = new HashMap<>();
		rounds.findAll().forEach(r -> years.put(r.getId(), r.info().fiscalYear()));
		int done = 0;
		for (int first = 0;; first += BATCH) {
			List<Task> batch = tasks.createTaskQuery()
				.processDefinitionKey(TaskKeys.PROCESS)
				.orderByTaskId()
				.asc()
				.listPage(first, BATCH);
			projection.insert(project(batch, years));
			done += batch.size();
			if (batch.size() < BATCH) {
				break;
			}
		}
		if (done > 0) {
			log.info("Inbox projection filled with {} open tasks", done);
		}
		return done;
	}

	// A handful of queries per batch: the processes' variables, the contributions' units
	// and, per role, which of the tasks it is a candidate for.
	private List<ProjectedTask> project(List<Task> batch, Map<Long, Integer> years) {
		if (batch.isEmpty()) {
			return List.of();
		}
		String[] ids = batch.stream().map(Task::getId).toArray(String[]::new);
		Map<String, Map<String, Object>> vars = processVariables(batch);
		Map<String, Object> units = units(ids);
		Map<String, Set<String>> groups = candidateGroups(ids);
		List<ProjectedTask> projected = new ArrayList<>();
		for (Task task : batch) {
			Map<String, Object> v = vars.get(task.getProcessInstanceId());
			if (v == null || v.get(ProcessVariables.DISCLOSURE_ID) == null) {
				continue;
			}
			Long round = v.get(ProcessVariables.ROUND_ID) == null ? null
					: ((Number) v.get(ProcessVariables.ROUND_ID)).longValue();
			Object unit = units.get(task.getId());
			projected.add(new ProjectedTask(task.getId(), Set.copyOf(groups.getOrDefault(task.getId(), Set.of())),
					task.getProcessInstanceId(), ((Number) v.get(ProcessVariables.DISCLOSURE_ID)).longValue(),
					(String) v.get(ProcessVariables.DEPARTMENT_CODE), unit == null ? null : unit.toString(),
					task.getTaskDefinitionKey(), task.getName(), task.getAssignee(), task.getCreateTime().toInstant(),
					task.getDueDate() == null ? null : task.getDueDate().toInstant(), round, years.get(round)));
		}
		return projected;
	}

	/** The disclosure, department and round of each task's process, by process id. */
	private Map<String, Map<String, Object>> processVariables(List<Task> batch) {
		Map<String, Map<String, Object>> vars = new HashMap<>();
		for (VariableInstance v : runtime.createVariableInstanceQuery()
			.processInstanceIdIn(batch.stream().map(Task::getProcessInstanceId).distinct().toArray(String[]::new))
			.variableNameIn(ProcessVariables.DISCLOSURE_ID, ProcessVariables.DEPARTMENT_CODE, ProcessVariables.ROUND_ID)
			.list()) {
			if (v.getExecutionId().equals(v.getProcessInstanceId())) {
				vars.computeIfAbsent(v.getProcessInstanceId(), k -> new HashMap<>()).put(v.getName(), v.getValue());
			}
		}
		return vars;
	}

	/** The unit of each contribution task, by task id. */
	private Map<String, Object> units(String[] ids) {
		Map<String, Object> units = new HashMap<>();
		runtime.createVariableInstanceQuery()
			.taskIdIn(ids)
			.variableName(TaskRouting.UNIT_CODE)
			.list()
			.forEach(v -> units.put(v.getTaskId(), v.getValue()));
		return units;
	}

	/** The roles each task is a candidate for, by task id: one query per role. */
	private Map<String, Set<String>> candidateGroups(String[] ids) {
		Map<String, Set<String>> groups = new HashMap<>();
		for (Role role : Role.values()) {
			tasks.createTaskQuery()
				.taskIdIn(ids)
				.taskCandidateGroup(role.name())
				.includeAssignedTasks()
				.list()
				.forEach(t -> groups.computeIfAbsent(t.getId(), k -> new HashSet<>()).add(role.name()));
		}
		return groups;
	}

}
