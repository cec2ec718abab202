package cn.budget.workflow;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import cn.budget.disclosure.DisclosureQueries;
import cn.budget.disclosure.DisclosureSummary;
import cn.budget.identity.Actor;
import cn.budget.identity.Directory;
import cn.budget.identity.Substitutes;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * The open tasks as the inbox shows them, with the disclosure they are about, and only
 * those the actor may see ({@link TaskAccess}), read from the inbox's projection
 * ({@link ProjectedTasks}).
 */
@Component
class TaskViews {

	private final DisclosureQueries disclosures;

	private final Directory directory;

	private final Deadlines deadlines;

	private final Clock clock;

	private final Substitutes substitutes;

	private final ProjectedTasks projected;

	TaskViews(ProjectedTasks projected, DisclosureQueries disclosures, Directory directory, Deadlines deadlines,
			Clock clock, Substitutes substitutes) {
		this.projected = projected;
		this.substitutes = substitutes;
		this.disclosures = disclosures;
		this.directory = directory;
		this.deadlines = deadlines;
		this.clock = clock;
	}

	/** Whether the actor may claim or complete the task. */
	boolean canAct(Actor actor, ProjectedTask task) {
		// Whom the actor stands in for matters only for a task somebody else claimed.
		Set<String> standingInFor = task.assignee() == null || task.assignee().equals(actor.username()) ? Set.of()
				: substitutes.coveredBy(actor.username());
		return TaskAccess.canAct(actor, task.facts(), standingInFor);
	}

	/**
	 * Those of the engine's tasks that are still open, as the actor may see them: a task
	 * found a moment ago whose process has ended since is no longer anyone's task.
	 */
	List<TaskView> visibleTo(Actor actor, List<Task> found) {
		return viewsOf(actor, projected.byIds(found.stream().map(Task::getId).toList()));
	}

	// One query for the disclosures' summaries, whatever the list's length; TaskAccess
	// has the last word on each task, also on those a query found for the actor.
	List<TaskView> viewsOf(Actor actor, List<ProjectedTask> found) {
		if (found.isEmpty()) {
			return List.of();
		}
		Map<Long, DisclosureSummary> summaries = disclosures
			.summaries(found.stream().map(ProjectedTask::disclosureId).collect(Collectors.toSet()))
			.stream()
			.collect(Collectors.toMap(DisclosureSummary::id, Function.identity()));
		return visible(actor, found, summaries::get);
	}

	/**
	 * As {@link #viewsOf} without the disclosures' titles and years (no query): what the
	 * API's task items show.
	 */
	List<TaskView> bareViewsOf(Actor actor, List<ProjectedTask> found) {
		return visible(actor, found, id -> null);
	}

	private List<TaskView> visible(Actor actor, List<ProjectedTask> found,
			Function<Long, DisclosureSummary> summaryOf) {
		Instant now = clock.instant();
		return found.stream()
			.filter(task -> TaskAccess.canSee(actor, task.facts()))
			.map(task -> view(task, summaryOf.apply(task.disclosureId()), now))
			.toList();
	}

	/**
	 * The task without its disclosure's title and year (no query): what deciding on it
	 * needs.
	 */
	TaskView bare(ProjectedTask task) {
		return view(task, null, clock.instant());
	}

	private TaskView view(ProjectedTask task, DisclosureSummary summary, Instant now) {
		Instant due = task.due();
		return new TaskView(task.id(), task.taskKey(), task.name(), task.disclosureId(), task.departmentCode(),
				summary == null ? directory.departmentName(task.departmentCode()) : summary.departmentName(),
				summary == null ? null : summary.fiscalYear(), summary == null ? null : summary.title(),
				task.unitCode(), task.assignee(), task.created(), due, due == null ? null : deadlines.lastDayOf(due),
				due != null && due.isBefore(now));
	}

}
