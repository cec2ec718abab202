package cn.budget.workflow;

import java.time.Clock;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.stream.Collectors;

import cn.budget.identity.Actor;
import org.camunda.bpm.engine.TaskAlreadyClaimedException;
import org.camunda.bpm.engine.TaskService;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The caller's open tasks (their own and their groups'), sorted by due date, and claiming
 * them.
 */
@Service
@Transactional
public class Inbox {

	/** More tasks than an inbox page shows: refused before any work. */
	static final int MAX_BULK_CLAIM = 1000;

	private static final Comparator<TaskView> SOONEST_DUE = Comparator
		.comparing(TaskView::due, Comparator.nullsLast(Comparator.naturalOrder()))
		.thenComparing(TaskView::created);

	private final TaskService tasks;

	private final TaskViews views;

	private final ProjectedTasks projected;

	private final FinishedTasks finished;

	private final ActionableTasks actionable;

	private final Clock clock;

	Inbox(TaskService tasks, TaskViews views, ProjectedTasks projected, FinishedTasks finished,
			ActionableTasks actionable, Clock clock) {
		this.tasks = tasks;
		this.views = views;
		this.projected = projected;
		this.finished = finished;
		this.actionable = actionable;
		this.clock = clock;
	}

	/** Every open task the actor may see, soonest due first (short lists; else pages). */
	@Transactional(readOnly = true)
	public List<TaskView> tasksOf(Actor actor, InboxFilter filter) {
		return views.viewsOf(actor, projected.inboxOf(actor, filter, clock.instant(), 0, Integer.MAX_VALUE));
	}

	/**
	 * One page of the open tasks the actor may see, soonest due first.
	 * @throws DecisionRefusedException for a page below 0 or a size outside 1 to
	 * {@link InboxPage#MAX_SIZE}
	 */
	@Transactional(readOnly = true)
	public InboxPage pageOf(Actor actor, InboxFilter filter, int page, int size) {
		return page(actor, filter, page, size, views::viewsOf);
	}

	/** As {@link #pageOf} without titles and years: one query, no transaction (API). */
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public InboxPage barePageOf(Actor actor, InboxFilter filter, int page, int size) {
		return page(actor, filter, page, size, views::bareViewsOf);
	}

	private InboxPage page(Actor actor, InboxFilter filter, int page, int size,
			BiFunction<Actor, List<ProjectedTask>, List<TaskView>> viewing) {
		if (page < 0 || size < 1 || size > InboxPage.MAX_SIZE) {
			throw new DecisionRefusedException("size", "validation.page", InboxPage.MAX_SIZE);
		}
		int limit = size;
		long offset = (long) page * limit;
		// One more than the page: whether there is a next one, without counting them all.
		List<ProjectedTask> found = projected.inboxOf(actor, filter, clock.instant(), offset, limit + 1);
		List<TaskView> tasks = viewing.apply(actor, found.subList(0, Math.min(limit, found.size())));
		return new InboxPage(tasks, page, limit, found.size() > limit);
	}

	/** The open tasks of one disclosure the actor may see. */
	@Transactional(readOnly = true)
	public List<TaskView> tasksOf(Actor actor, long disclosureId) {
		return tasksOf(actor, List.of(disclosureId)).getOrDefault(disclosureId, List.of());
	}

	/**
	 * The open tasks of several disclosures the actor may see, by disclosure, in a few
	 * queries.
	 */
	@Transactional(readOnly = true)
	public Map<Long, List<TaskView>> tasksOf(Actor actor, Collection<Long> disclosureIds) {
		if (disclosureIds.isEmpty()) {
			return Map.of();
		}
		return views.viewsOf(actor, projected.ofDisclosures(disclosureIds))
			.stream()
			.sorted(SOONEST_DUE)
			.collect(Collectors.groupingBy(TaskView::disclosureId));
	}

	/**
	 * Per disclosure the open task of its route that comes first (soonest due), as the
	 * actor may see it; a supervisor's follow-up is not the route's task.
	 */
	@Transactional(readOnly = true)
	public Map<Long, TaskView> currentTasksOf(Actor actor, Collection<Long> disclosureIds) {
		if (disclosureIds.isEmpty()) {
			return Map.of();
		}
		return views.viewsOf(actor, projected.firstOfDisclosures(disclosureIds))
			.stream()
			.collect(Collectors.toMap(TaskView::disclosureId, task -> task,
					(a, b) -> SOONEST_DUE.compare(a, b) <= 0 ? a : b));
	}

	/**
	 * One task, if the actor may see it.
	 * @throws TaskNotFoundException otherwise; 409 when a colleague completed it
	 * meanwhile
	 */
	@Transactional(readOnly = true)
	public TaskView task(Actor actor, String taskId) {
		ProjectedTask task = projected.byId(taskId).orElseThrow(() -> finished.gone(actor, taskId));
		return views.viewsOf(actor, List.of(task))
			.stream()
			.findFirst()
			.orElseThrow(() -> new TaskNotFoundException(taskId));
	}

	/** Claims a task for the actor; somebody else's claim in between answers 403. */
	public void claim(Actor actor, String taskId) {
		requireActor(actor, taskId);
		claimChecked(actor, taskId);
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
		if (taskIds.size() > MAX_BULK_CLAIM) {
			throw new DecisionRefusedException("taskIds", "validation.tooManyItems", MAX_BULK_CLAIM);
		}
		int claimed = 0;
		for (String id : taskIds) {
			Optional<TaskView> task = actionable.find(actor, id);
			if (task.isPresent() && task.get().assignee() == null && claimedUnlessTaken(actor, id)) {
				claimed++;
			}
		}
		return claimed;
	}

	/**
	 * Claims a task the actor may act on; Camunda's claim, unlike setting the assignee,
	 * refuses to take over a claim somebody made in between.
	 * @throws AccessDeniedException when somebody else claimed it meanwhile
	 */
	void claimChecked(Actor actor, String taskId) {
		if (!claimedUnlessTaken(actor, taskId)) {
			throw new AccessDeniedException("Claimed by somebody else meanwhile");
		}
	}

	private boolean claimedUnlessTaken(Actor actor, String taskId) {
		try {
			tasks.claim(taskId, actor.username());
			return true;
		}
		catch (TaskAlreadyClaimedException ex) {
			return false;
		}
	}

	/** The task, if the actor may act on it now ({@link ActionableTasks#require}). */
	TaskView requireActor(Actor actor, String taskId) {
		return actionable.require(actor, taskId);
	}

}
