package cn.budget.workflow;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;

import cn.budget.disclosure.DisclosureDocument;
import cn.budget.disclosure.DisclosureDrafting;
import cn.budget.disclosure.DisclosureLifecycle;
import cn.budget.disclosure.DisclosureQueries;
import cn.budget.disclosure.DisclosureState;
import cn.budget.disclosure.DisclosureSummary;
import cn.budget.disclosure.MeasureUnit;
import cn.budget.disclosure.template.TemplateCatalog;
import cn.budget.identity.Actor;
import cn.budget.identity.Directory;
import cn.budget.identity.Role;
import cn.budget.shared.ContentError;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Opens a year's round for a set of departments: the legal deadline follows from the approval
 * date, each department gets its disclosure (an existing draft is taken over) and its route.
 */
@Service
@Transactional
public class Rounds {

	/** More departments than a province has: a request this long is refused before any work. */
	static final int MAX_DEPARTMENTS = 5000;

	private final RoundRepository rounds;

	private final Deadlines deadlines;

	private final DisclosureDrafting drafting;

	private final DisclosureQueries disclosures;

	private final DisclosureLifecycle lifecycle;

	private final ReviewProcess process;

	private final Directory directory;

	private final Clock clock;

	private final TemplateCatalog templates;

	Rounds(RoundRepository rounds, Deadlines deadlines, DisclosureDrafting drafting, DisclosureQueries disclosures,
			DisclosureLifecycle lifecycle, ReviewProcess process, Directory directory, Clock clock,
			TemplateCatalog templates) {
		this.rounds = rounds;
		this.deadlines = deadlines;
		this.drafting = drafting;
		this.disclosures = disclosures;
		this.lifecycle = lifecycle;
		this.process = process;
		this.directory = directory;
		this.clock = clock;
		this.templates = templates;
	}

	/**
	 * @throws AccessDeniedException unless the actor is a supervisor or an administrator
	 * @throws RoundRefusedException for unknown departments or a department already on its route
	 */
	public RoundOpened open(Actor actor, NewRound request) {
		if (!actor.is(Role.SUPERVISOR) && !actor.is(Role.ADMIN)) {
			throw new AccessDeniedException("Only supervisors open rounds");
		}
		if (request.departmentCodes().size() > MAX_DEPARTMENTS) {
			throw new RoundRefusedException(
					List.of(new ContentError("departmentCodes", "validation.tooManyItems", MAX_DEPARTMENTS)));
		}
		List<String> departments = new ArrayList<>(new LinkedHashSet<>(request.departmentCodes()));
		List<ContentError> errors = new ArrayList<>();
		if (!templates.exists(request.template())) {
			errors.add(new ContentError("template", "validation.template", request.template()));
		}
		for (int i = 0; i < departments.size(); i++) {
			String code = departments.get(i);
			if (directory.department(code).isEmpty() || directory.unitsOf(code).isEmpty()) {
				errors.add(new ContentError("departmentCodes[" + i + "]", "validation.department", code));
			}
			else if (existing(code, request).map(d -> process.runningInstanceOf(d.id()).isPresent()
					|| d.state() != DisclosureState.DRAFT).orElse(false)) {
				errors.add(new ContentError("departmentCodes[" + i + "]", "validation.alreadyOnRoute",
						directory.departmentName(code)));
			}
		}
		if (!errors.isEmpty()) {
			throw new RoundRefusedException(errors);
		}
		Instant due = deadlines.dueAfter(request.approvalDate());
		Round round = rounds.save(new Round(request.fiscalYear(), request.template(), request.approvalDate(), due,
				deadlines.reminderBefore(due), clock.instant(), actor.username()));
		List<RoundOpened.Started> started = new ArrayList<>();
		for (String code : departments) {
			long id = existing(code, request).map(DisclosureSummary::id)
				.orElseGet(() -> create(actor, code, request).getId());
			lifecycle.attachToRound(id, round.getId(), request.approvalDate(), deadlines.lastDayOf(due));
			started.add(new RoundOpened.Started(id, code, process.start(id, code, round.getId())));
		}
		return new RoundOpened(round.getId(), started);
	}

	/** The year's rounds, newest first (correction runs are not rounds). */
	@Transactional(readOnly = true)
	public List<RoundInfo> all() {
		return rounds.findByCorrectionFalseOrderByIdDesc().stream().map(Round::info).toList();
	}

	/** A round or a correction run, by id. */
	@Transactional(readOnly = true)
	public Optional<RoundInfo> find(long id) {
		return rounds.findById(id).map(Round::info);
	}

	private DisclosureDocument create(Actor actor, String department, NewRound request) {
		return drafting.createForSystem(actor.username(), department, request.fiscalYear(), request.template(),
				MeasureUnit.WAN_YUAN);
	}

	private Optional<DisclosureSummary> existing(String department, NewRound request) {
		return disclosures.list(Actor.SYSTEM, request.fiscalYear(), department)
			.stream()
			.filter(d -> d.template().equals(request.template()))
			.findFirst();
	}

}
