package cn.budget.tracking;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import cn.budget.checks.ErrorCounts;
import cn.budget.disclosure.DisclosureQueries;
import cn.budget.disclosure.DisclosureSummary;
import cn.budget.disclosure.DisclosureVersions;
import cn.budget.disclosure.VersionInfo;
import cn.budget.identity.Actor;
import cn.budget.review.ReviewDecisions;
import cn.budget.workflow.Deadlines;
import cn.budget.workflow.Inbox;
import cn.budget.workflow.RoundInfo;
import cn.budget.workflow.RoundNotFoundException;
import cn.budget.workflow.Rounds;
import cn.budget.workflow.TaskView;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The state of a round for the finance bureau: per department its stage, task, deadline,
 * returns and errors, and the counts by stage.
 */
@Service
@Transactional(readOnly = true)
public class RoundProgress {

	private final Rounds rounds;

	private final DisclosureQueries disclosures;

	private final DisclosureVersions versions;

	private final ReviewDecisions decisions;

	private final Inbox inbox;

	private final Deadlines deadlines;

	private final ErrorCounts errorCounts;

	private final Clock clock;

	RoundProgress(Rounds rounds, DisclosureQueries disclosures, DisclosureVersions versions, ReviewDecisions decisions,
			Inbox inbox, Deadlines deadlines, ErrorCounts errorCounts, Clock clock) {
		this.rounds = rounds;
		this.disclosures = disclosures;
		this.versions = versions;
		this.decisions = decisions;
		this.inbox = inbox;
		this.deadlines = deadlines;
		this.errorCounts = errorCounts;
		this.clock = clock;
	}

	/** A round's progress. */
	public record View(RoundInfo round, LocalDate due, List<DepartmentProgress> departments, Map<Stage, Long> counts,
			List<DayCount> series) {
	}

	/** How many departments had submitted and published by the end of a day. */
	public record DayCount(LocalDate day, long submitted, long published) {
	}

	/**
	 * @throws AccessDeniedException unless the actor works for the finance bureau or
	 * administers
	 * @throws RoundNotFoundException for an unknown round
	 */
	public View of(Actor actor, long roundId) {
		View view = overview(actor, roundId);
		return new View(view.round(), view.due(), withDetails(view.departments()), view.counts(), view.series());
	}

	/**
	 * A round's progress without each department's current task, its assignee and its
	 * open errors ({@link #withDetails} adds them to the lines a page shows): everything
	 * else costs a few queries whatever the round's size, while the details cost an
	 * indexed read and a run of the checks per department.
	 * @throws AccessDeniedException unless the actor works for the finance bureau or
	 * administers
	 * @throws RoundNotFoundException for an unknown round
	 */
	public View overview(Actor actor, long roundId) {
		if (!actor.seesAllDepartments()) {
			throw new AccessDeniedException("Round progress is for the finance bureau");
		}
		RoundInfo round = rounds.find(roundId).orElseThrow(() -> new RoundNotFoundException(roundId));
		LocalDate due = deadlines.lastDayOf(round.dueAt());
		List<DisclosureSummary> members = disclosures.ofRound(roundId);
		Facts facts = facts(members.stream().map(DisclosureSummary::id).toList());
		LocalDate today = LocalDate.ofInstant(clock.instant(), deadlines.zone());
		List<DepartmentProgress> lines = members.stream().map(d -> line(d, round, due, today, facts)).toList();
		Map<Stage, Long> counts = new EnumMap<>(Stage.class);
		for (Stage stage : Stage.values()) {
			counts.put(stage, lines.stream().filter(l -> l.stage() == stage).count());
		}
		return new View(round, due, lines, counts, series(round, due, lines));
	}

	/**
	 * The lines with each department's current task (a follow-up aside), assignee and
	 * open errors.
	 */
	public List<DepartmentProgress> withDetails(List<DepartmentProgress> lines) {
		List<Long> ids = lines.stream().map(DepartmentProgress::disclosureId).toList();
		Map<Long, TaskView> tasks = inbox.currentTasksOf(Actor.SYSTEM, ids);
		Map<Long, Long> errors = errorCounts.of(lines.stream()
			.collect(Collectors.toMap(DepartmentProgress::disclosureId, DepartmentProgress::version, (a, b) -> a)));
		return lines.stream()
			.map(line -> line.withDetails(tasks.get(line.disclosureId()), errors.getOrDefault(line.disclosureId(), 0L)))
			.toList();
	}

	// From the day the round opened until the deadline or today, whichever is later (at
	// most 90 days).
	private List<DayCount> series(RoundInfo round, LocalDate due, List<DepartmentProgress> lines) {
		LocalDate first = LocalDate.ofInstant(round.openedAt(), deadlines.zone());
		LocalDate today = LocalDate.ofInstant(clock.instant(), deadlines.zone());
		LocalDate last = today.isAfter(due) ? today : due;
		List<DayCount> series = new java.util.ArrayList<>();
		for (LocalDate day = first; !day.isAfter(last) && series.size() < 90; day = day.plusDays(1)) {
			LocalDate end = day;
			series.add(new DayCount(day, lines.stream().filter(l -> on(l.submitted(), end)).count(),
					lines.stream().filter(l -> on(l.published(), end)).count()));
		}
		return series;
	}

	private boolean on(Instant at, LocalDate day) {
		return at != null && !LocalDate.ofInstant(at, deadlines.zone()).isAfter(day);
	}

	// What the lines need of every member, in one query each whatever the round's size.
	private record Facts(Map<Long, Instant> submitted, Map<Long, Instant> published, Map<Long, Long> returns) {
	}

	private Facts facts(List<Long> ids) {
		return new Facts(versions.firstFrozen(ids, VersionInfo.Kind.SUBMISSION),
				versions.firstFrozen(ids, VersionInfo.Kind.PUBLICATION), decisions.returnsOf(ids));
	}

	private DepartmentProgress line(DisclosureSummary d, RoundInfo round, LocalDate due, LocalDate today, Facts facts) {
		Instant submitted = facts.submitted().get(d.id());
		Instant published = facts.published().get(d.id());
		Long daysLeft = published != null ? null : ChronoUnit.DAYS.between(today, due);
		boolean late = published != null ? published.isAfter(round.dueAt()) : today.isAfter(due);
		return new DepartmentProgress(d.id(), d.departmentCode(), d.departmentName(), Stage.of(d, submitted != null),
				null, null, due, daysLeft, facts.returns().getOrDefault(d.id(), 0L), null, submitted, published, late,
				d.version());
	}

}
