package cn.budget.workflow;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import cn.budget.disclosure.DisclosureQueries;
import cn.budget.disclosure.DisclosureSummary;
import cn.budget.identity.Actor;
import cn.budget.identity.Directory;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.VariableInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The caller's open tasks (their own and their groups'), sorted by due date, and claiming them.
 */
@Service
@Transactional
public class Inbox {

	private final TaskService tasks;

	private final RuntimeService runtime;

	private final DisclosureQueries disclosures;

	private final Directory directory;

	private final Clock clock;

	Inbox(TaskService tasks, RuntimeService runtime, DisclosureQueries disclosures, Directory directory, Clock clock) {
		this.tasks = tasks;
		this.runtime = runtime;
		this.disclosures = disclosures;
		this.directory = directory;
		this.clock = clock;
	}

	/** The open tasks the actor may see, soonest due first. */
	@Transactional(readOnly = true)
	public List<TaskView> tasksOf(Actor actor, InboxFilter filter) {
		return views(actor, tasks.createTaskQuery().processDefinitionKey(TaskKeys.PROCESS).active().initializeFormKeys().list())
			.stream()
			.filter(filter::accepts)
			.sorted(Comparator.comparing(TaskView::due, Comparator.nullsLast(Comparator.naturalOrder()))
				.thenComparing(TaskView::created))
			.toList();
	}

	/** The open tasks of one disclosure the actor may see. */
	@Transactional(readOnly = true)
	public List<TaskView> tasksOf(Actor actor, long disclosureId) {
		return views(actor, tasks.createTaskQuery().processInstanceBusinessKey(String.valueOf(disclosureId)).active().initializeFormKeys().list());
	}

	/**
	 * One task, if the actor may see it.
	 * @throws TaskNotFoundException otherwise
	 */
	@Transactional(readOnly = true)
	public TaskView task(Actor actor, String taskId) {
		Task task = tasks.createTaskQuery().taskId(taskId).initializeFormKeys().singleResult();
		if (task == null) {
			throw new TaskNotFoundException(taskId);
		}
		return views(actor, List.of(task)).stream().findFirst().orElseThrow(() -> new TaskNotFoundException(taskId));
	}

	/** Claims a task for the actor; somebody else's claim in between answers 403. */
	public void claim(Actor actor, String taskId) {
		requireActor(actor, taskId);
		try {
			tasks.claim(taskId, actor.username());
		}
		catch (org.camunda.bpm.engine.TaskAlreadyClaimedException ex) {
			throw new AccessDeniedException("Claimed by somebody else meanwhile");
		}
	}

	/** Hands a claimed task back to its candidates. */
	public void unclaim(Actor actor, String taskId) {
		TaskView task = task(actor, taskId);
		if (!actor.username().equals(task.assignee())) {
			throw new AccessDeniedException("Only the assignee may hand a task back");
		}
		tasks.setAssignee(taskId, null);
	}

	/** Claims every given task the actor may act on; returns how many were claimed. */
	public int claimAll(Actor actor, Collection<String> taskIds) {
		int claimed = 0;
		for (String id : taskIds) {
			Optional<TaskView> task = findActionable(actor, id);
			if (task.isPresent() && task.get().assignee() == null) {
				tasks.setAssignee(id, actor.username());
				claimed++;
			}
		}
		return claimed;
	}

	/**
	 * The task, if the actor may act on it now.
	 * @throws TaskNotFoundException when it belongs to a department outside the actor's scope
	 * @throws AccessDeniedException when it is within scope but not the actor's: another role or
	 * unit, or claimed by somebody else
	 */
	TaskView requireActor(Actor actor, String taskId) {
		Task task = tasks.createTaskQuery().taskId(taskId).initializeFormKeys().singleResult();
		if (task == null) {
			throw new TaskNotFoundException(taskId);
		}
		TaskView view = views(Actor.SYSTEM, List.of(task)).get(0);
		if (!actor.canSeeDepartment(view.departmentCode())) {
			throw new TaskNotFoundException(taskId);
		}
		if (!TaskAccess.canAct(actor, facts(task, view))) {
			throw new AccessDeniedException("This task is not yours");
		}
		return view;
	}

	private Optional<TaskView> findActionable(Actor actor, String taskId) {
		try {
			return Optional.of(requireActor(actor, taskId));
		}
		catch (TaskNotFoundException | AccessDeniedException ex) {
			return Optional.empty();
		}
	}

	private List<TaskView> views(Actor actor, List<Task> found) {
		if (found.isEmpty()) {
			return List.of();
		}
		Map<String, Map<String, Object>> processVars = processVariables(found);
		Map<String, Object> unitCodes = taskUnitCodes(found);
		Map<Long, DisclosureSummary> summaries = disclosures
			.summaries(processVars.values().stream().map(v -> ((Number) v.get(ProcessVariables.DISCLOSURE_ID)).longValue())
				.collect(Collectors.toSet()))
			.stream()
			.collect(Collectors.toMap(DisclosureSummary::id, Function.identity()));
		Instant now = clock.instant();
		return found.stream().map(task -> {
			Map<String, Object> vars = processVars.get(task.getProcessInstanceId());
			long disclosureId = ((Number) vars.get(ProcessVariables.DISCLOSURE_ID)).longValue();
			DisclosureSummary summary = summaries.get(disclosureId);
			String department = (String) vars.get(ProcessVariables.DEPARTMENT_CODE);
			Instant due = task.getDueDate() == null ? null : task.getDueDate().toInstant();
			return new TaskView(task.getId(), task.getTaskDefinitionKey(), task.getName(), disclosureId, department,
					directory.departmentName(department), summary == null ? null : summary.fiscalYear(),
					summary == null ? null : summary.title(), (String) unitCodes.get(task.getId()), task.getAssignee(),
					task.getCreateTime().toInstant(), due, due != null && due.isBefore(now), task.getFormKey());
		}).filter(view -> TaskAccess.canSee(actor, facts(taskOf(found, view.id()), view))).toList();
	}

	private static Task taskOf(List<Task> found, String id) {
		return found.stream().filter(t -> t.getId().equals(id)).findFirst().orElseThrow();
	}

	private TaskAccess.Facts facts(Task task, TaskView view) {
		Set<String> groups = TaskAccess.candidateGroups(tasks.getIdentityLinksForTask(task.getId()));
		return new TaskAccess.Facts(view.taskKey(), groups, view.departmentCode(), view.unitCode(), task.getAssignee());
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
