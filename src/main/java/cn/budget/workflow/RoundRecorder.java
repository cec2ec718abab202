package cn.budget.workflow;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import cn.budget.disclosure.DisclosureQueries;
import cn.budget.content.DisclosureState;
import cn.budget.disclosure.DisclosureSummary;
import cn.budget.template.TemplateCatalog;
import cn.budget.identity.Actor;
import cn.budget.identity.Directory;
import cn.budget.shared.ContentError;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Checks a request to open a round with a few reads for all its departments (not a few
 * per department), and records the round with one pending row per department in one
 * transaction.
 */
@Component
@Transactional
class RoundRecorder {

	/**
	 * More departments than a province has: a request this long is refused before any
	 * work.
	 */
	static final int MAX_DEPARTMENTS = 5000;

	private final RoundRepository rounds;

	private final RoundDepartmentRepository departments;

	private final Deadlines deadlines;

	private final DisclosureQueries disclosures;

	private final ReviewProcess process;

	private final Directory directory;

	private final TemplateCatalog templates;

	private final Clock clock;

	RoundRecorder(RoundRepository rounds, RoundDepartmentRepository departments, Deadlines deadlines,
			DisclosureQueries disclosures, ReviewProcess process, Directory directory, TemplateCatalog templates,
			Clock clock) {
		this.rounds = rounds;
		this.departments = departments;
		this.deadlines = deadlines;
		this.disclosures = disclosures;
		this.process = process;
		this.directory = directory;
		this.templates = templates;
		this.clock = clock;
	}

	/**
	 * @return the id of the recorded round, its departments pending
	 * @throws RoundRefusedException for unknown departments or a department already on
	 * its route
	 */
	long record(Actor actor, NewRound request) {
		if (request.departmentCodes().size() > MAX_DEPARTMENTS) {
			throw new RoundRefusedException(
					List.of(new ContentError("departmentCodes", "validation.tooManyItems", MAX_DEPARTMENTS)));
		}
		List<String> codes = new ArrayList<>(new LinkedHashSet<>(request.departmentCodes()));
		List<ContentError> errors = problems(request, codes);
		if (!errors.isEmpty()) {
			throw new RoundRefusedException(errors);
		}
		Instant now = clock.instant();
		Instant due = deadlines.dueAfter(request.approvalDate());
		Round round = rounds.save(new Round(request.fiscalYear(), request.template(), request.approvalDate(), due,
				deadlines.reminderBefore(due), now, actor.username()));
		List<RoundDepartment> rows = new ArrayList<>();
		for (int i = 0; i < codes.size(); i++) {
			rows.add(new RoundDepartment(round.getId(), i, codes.get(i), now));
		}
		departments.saveAll(rows);
		return round.getId();
	}

	/** Puts the round's failed departments back in the queue. */
	void requeueFailed(long roundId) {
		Instant now = clock.instant();
		departments.findByRoundIdAndStatusOrderByPosition(roundId, RoundDepartment.Status.FAILED)
			.forEach(d -> d.retry(now));
	}

	private List<ContentError> problems(NewRound request, List<String> codes) {
		List<ContentError> errors = new ArrayList<>();
		if (!templates.exists(request.template())) {
			errors.add(new ContentError("template", "validation.template", request.template()));
		}
		Set<String> staffed = directory.departmentsWithActiveUnits();
		Map<String, DisclosureSummary> existing = disclosures.list(Actor.SYSTEM, request.fiscalYear(), null)
			.stream()
			.filter(d -> d.template().equals(request.template()))
			.collect(Collectors.toMap(DisclosureSummary::departmentCode, d -> d, (a, b) -> a));
		for (int i = 0; i < codes.size(); i++) {
			String code = codes.get(i);
			DisclosureSummary disclosure = existing.get(code);
			if (!staffed.contains(code)) {
				errors.add(new ContentError("departmentCodes[" + i + "]", "validation.department", code));
			}
			else if (disclosure != null && (disclosure.state() != DisclosureState.DRAFT
					|| process.runningInstanceOf(disclosure.id()).isPresent())) {
				errors.add(new ContentError("departmentCodes[" + i + "]", "validation.alreadyOnRoute",
						directory.departmentName(code)));
			}
		}
		return errors;
	}

}
