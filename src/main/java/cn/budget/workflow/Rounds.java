package cn.budget.workflow;

import java.util.List;
import java.util.Optional;

import cn.budget.disclosure.DraftingPermissions;
import cn.budget.identity.Actor;
import cn.budget.identity.Directory;
import cn.budget.shared.Messages;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Opens a year's round for a set of departments: the legal deadline follows from the
 * approval date, each department gets its disclosure (an existing draft is taken over)
 * and its route — a small round within the request, a province's in the background with
 * its progress recorded.
 */
// No transaction around open and retry: each department opens in its own, and a
// transaction (or
// Spring's transaction-scoped persistence context) around them would show their rows as
// first read.
@Service
public class Rounds {

	private final RoundRepository rounds;

	private final RoundDepartmentRepository departments;

	private final RoundRecorder recorder;

	private final RoundOpening opening;

	private final Directory directory;

	private final RoundOpeningProperties properties;

	private final Messages messages;

	Rounds(RoundRepository rounds, RoundDepartmentRepository departments, RoundRecorder recorder, RoundOpening opening,
			Directory directory, RoundOpeningProperties properties, Messages messages) {
		this.rounds = rounds;
		this.departments = departments;
		this.recorder = recorder;
		this.opening = opening;
		this.directory = directory;
		this.properties = properties;
		this.messages = messages;
	}

	/**
	 * Checks the request and records the round with its departments; opens them within
	 * this call up to {@code app.rounds.synchronous-up-to} departments, else in the
	 * background (the answer then has no disclosures yet:
	 * {@link RoundOpened#inBackground()}; {@link #progress} tells how far). Each
	 * department is opened in its own transaction, so this method runs outside one.
	 * @throws AccessDeniedException unless the actor is a supervisor or an administrator
	 * @throws RoundRefusedException for unknown departments or a department already on
	 * its route
	 */
	public RoundOpened open(Actor actor, NewRound request) {
		mayOpen(actor);
		long roundId = recorder.record(actor, request);
		if (request.departmentCodes().size() > properties.synchronousUpTo()) {
			opening.inBackground(roundId);
			return new RoundOpened(roundId, List.of(), true);
		}
		opening.run(roundId);
		List<RoundOpened.Started> started = departments.findByRoundIdOrderByPosition(roundId)
			.stream()
			.filter(d -> d.getStatus() == RoundDepartment.Status.OPENED)
			.map(d -> new RoundOpened.Started(d.getDisclosureId(), d.getDepartmentCode(), d.getProcessInstanceId()))
			.toList();
		return new RoundOpened(roundId, started, false);
	}

	/** How far the opening of a round got, with the failed departments and why. */
	@Transactional(readOnly = true)
	public OpeningProgress progress(Actor actor, long roundId) {
		mayOpen(actor);
		Round round = rounds.findById(roundId).orElseThrow(() -> new RoundNotFoundException(roundId));
		List<RoundDepartment> all = departments.findByRoundIdOrderByPosition(round.getId());
		List<OpeningProgress.Failure> failures = all.stream()
			.filter(d -> d.getStatus() == RoundDepartment.Status.FAILED)
			.map(d -> new OpeningProgress.Failure(d.getDepartmentCode(),
					directory.departmentName(d.getDepartmentCode()), messages.get(d.getFailure()), d.getAttempts()))
			.toList();
		int opened = (int) all.stream().filter(d -> d.getStatus() == RoundDepartment.Status.OPENED).count();
		int pending = (int) all.stream().filter(d -> d.getStatus() == RoundDepartment.Status.PENDING).count();
		return new OpeningProgress(roundId, all.size(), opened, failures.size(), pending,
				opening.runningOf(roundId).isPresent(), failures);
	}

	/**
	 * Tries the failed departments of a round again (and any left pending), in the
	 * background.
	 */
	public void retry(Actor actor, long roundId) {
		mayOpen(actor);
		rounds.findById(roundId).orElseThrow(() -> new RoundNotFoundException(roundId));
		recorder.requeueFailed(roundId);
		opening.inBackground(roundId);
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

	private static void mayOpen(Actor actor) {
		if (!DraftingPermissions.mayCreateForEveryDepartment(actor)) {
			throw new AccessDeniedException("Only supervisors open rounds");
		}
	}

}
