package cn.budget.workflow;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import cn.budget.disclosure.DisclosureQueries;
import cn.budget.disclosure.DisclosureSummary;
import cn.budget.identity.Actor;
import cn.budget.identity.Directory;
import cn.budget.identity.Role;
import cn.budget.identity.Substitutes;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.VariableInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * Camunda's tasks as the inbox shows them, with the disclosure they are about, and only those the
 * actor may see ({@link TaskAccess}).
 */
@Component
class TaskViews {

	private final TaskService tasks;

	private final RuntimeService runtime;

	private final DisclosureQueries disclosures;

	private final Directory directory;

	private final Deadlines deadlines;

	private final Clock clock;

	private final Substitutes substitutes;

	TaskViews(TaskService tasks, RuntimeService runtime, DisclosureQueries disclosures, Directory directory,
			Deadlines deadlines, Clock clock, Substitutes substitutes) {
		this.substitutes = substitutes;
		this.tasks = tasks;
		this.runtime = runtime;
		this.disclosures = disclosures;
		this.directory = directory;
		this.deadlines = deadlines;
		this.clock = clock;
	}

	/** Whether the actor may claim or complete the task (its view made by {@link #visibleTo}). */
	boolean canAct(Actor actor, Task task, TaskView view) {
		Set<String> standingInFor = task.getAssignee() == null ? Set.of() : substitutes.coveredBy(actor.username());
		return TaskAccess.canAct(actor, facts(actor, task, view, candidateTaskIds(actor, List.of(task))), standingInFor);
	}

	// A handful of queries for the whole list, whatever its length: variables, unit codes, summaries
	// and which tasks the actor's role is a candidate for.
	List<TaskView> visibleTo(Actor actor, List<Task> found) {
		if (found.isEmpty()) {
			return List.of();
		}
		Map<String, Map<String, Object>> processVars = processVariables(found);
		// A task found a moment ago whose process has ended since (completed by someone else) has no
		// variables any more: it is no longer anyone's task.
		List<Task> live = found.stream().filter(t -> processVars.containsKey(t.getProcessInstanceId())).toList();
		if (live.isEmpty()) {
			return List.of();
		}
		Map<String, Object> unitCodes = taskUnitCodes(live);
		Map<Long, DisclosureSummary> summaries = disclosures
			.summaries(processVars.values().stream().map(v -> ((Number) v.get(ProcessVariables.DISCLOSURE_ID)).longValue())
				.collect(Collectors.toSet()))
			.stream()
			.collect(Collectors.toMap(DisclosureSummary::id, Function.identity()));
		Set<String> candidate = candidateTaskIds(actor, live);
		Instant now = clock.instant();
		List<TaskView> visible = new ArrayList<>();
		for (Task task : live) {
			Map<String, Object> vars = processVars.get(task.getProcessInstanceId());
			long disclosureId = ((Number) vars.get(ProcessVariables.DISCLOSURE_ID)).longValue();
			DisclosureSummary summary = summaries.get(disclosureId);
			String department = (String) vars.get(ProcessVariables.DEPARTMENT_CODE);
			Instant due = task.getDueDate() == null ? null : task.getDueDate().toInstant();
			TaskView view = new TaskView(task.getId(), task.getTaskDefinitionKey(), task.getName(), disclosureId,
					department, summary == null ? directory.departmentName(department) : summary.departmentName(),
					summary == null ? null : summary.fiscalYear(), summary == null ? null : summary.title(),
					(String) unitCodes.get(task.getId()), task.getAssignee(), task.getCreateTime().toInstant(), due,
					due == null ? null : deadlines.lastDayOf(due), due != null && due.isBefore(now));
			if (TaskAccess.canSee(actor, facts(actor, task, view, candidate))) {
				visible.add(view);
			}
		}
		return visible;
	}

	// Of the task's candidate groups only the actor's role matters to TaskAccess, and the candidate
	// query tells whether it is among them.
	private static TaskAccess.Facts facts(Actor actor, Task task, TaskView view, Set<String> candidateTaskIds) {
		Set<String> groups = candidateTaskIds.contains(task.getId()) ? Set.of(actor.role().name()) : Set.of();
		return new TaskAccess.Facts(view.taskKey(), groups, view.departmentCode(), view.unitCode(), task.getAssignee());
	}

	// The tasks among these whose candidate groups include the actor's role, in one query.
	// Administrators see every task without being a candidate for any.
	private Set<String> candidateTaskIds(Actor actor, List<Task> found) {
		if (actor.is(Role.ADMIN)) {
			return Set.of();
		}
		return tasks.createTaskQuery()
			.taskIdIn(found.stream().map(Task::getId).toArray(String[]::new))
			.taskCandidateGroup(actor.role().name())
			.includeAssignedTasks()
			.list()
			.stream()
			.map(Task::getId)
			.collect(Collectors.toSet());
	}

	private Map<String, Map<String, Object>> processVariables(List<Task> found) {
		Map<String, Map<String, Object>> result = new HashMap<>();
		for (VariableInstance variable : runtime.createVariableInstanceQuery()
			.processInstanceIdIn(found.stream().map(Task::getProcessInstanceId).distinct().toArray(String[]::new))
			.variableNameIn(ProcessVariables.DISCLOSURE_ID, ProcessVariables.DEPARTMENT_CODE)
			.list()) {
			if (variable.getExecutionId().equals(variable.getProcessInstanceId())) {
				result.computeIfAbsent(variable.getProcessInstanceId(), k -> new HashMap<>())
					.put(variable.getName(), variable.getValue());
			}
		}
		return result;
	}

	private Map<String, Object> taskUnitCodes(List<Task> found) {
		Map<String, Object> result = new HashMap<>();
		runtime.createVariableInstanceQuery()
			.taskIdIn(found.stream().map(Task::getId).toArray(String[]::new))
			.variableName(TaskRouting.UNIT_CODE)
			.list()
			.forEach(v -> result.put(v.getTaskId(), v.getValue()));
		return result;
	}

}
