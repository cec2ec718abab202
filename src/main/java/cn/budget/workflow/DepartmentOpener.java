package cn.budget.workflow;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import cn.budget.disclosure.DisclosureDrafting;
import cn.budget.disclosure.DisclosureLifecycle;
import cn.budget.content.MeasureUnit;
import cn.budget.identity.Actor;
import jakarta.persistence.EntityManager;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Opens departments of a round: a department's disclosure (an existing draft is taken
 * over), its place in the round and its running route are committed together, or — on any
 * failure — none of them, and the department is marked failed with the reason. A batch of
 * departments shares one transaction (one commit instead of one per department); should
 * any of them fail, the batch is rolled back and each of its departments opened in a
 * transaction of its own, so only the failing one is marked failed.
 */
@Component
class DepartmentOpener {

	private static final Logger log = LoggerFactory.getLogger(DepartmentOpener.class);

	/**
	 * What every department of one run shares, read once per run instead of once per
	 * department.
	 *
	 * @param drafts the existing drafts of the round's year and template, by department
	 * @param staffed the departments that have active units (the route's contributions
	 * need them)
	 * @param route the version of the route every department of the run starts
	 */
	record Plan(long roundId, int fiscalYear, String template, LocalDate approvalDate, LocalDate lastDay, String by,
			Map<String, Long> drafts, Set<String> staffed, String route) {
	}

	private final RoundDepartmentRepository departments;

	private final DisclosureDrafting drafting;

	private final DisclosureLifecycle lifecycle;

	private final ReviewProcess process;

	private final Clock clock;

	private final TransactionTemplate ownTransaction;

	private final EntityManager entityManager;

	private final DirectoryMemo organisation;

	DepartmentOpener(RoundDepartmentRepository departments, DisclosureDrafting drafting, DisclosureLifecycle lifecycle,
			ReviewProcess process, Clock clock, PlatformTransactionManager transactions, EntityManager entityManager,
			DirectoryMemo organisation) {
		this.organisation = organisation;
		this.departments = departments;
		this.drafting = drafting;
		this.lifecycle = lifecycle;
		this.process = process;
		this.clock = clock;
		this.entityManager = entityManager;
		this.ownTransaction = new TransactionTemplate(transactions);
		this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	/**
	 * Opens the departments together unless another thread or node did meanwhile;
	 * failures are recorded, not thrown.
	 */
	void open(Plan plan, List<Long> rowIds) {
		if (rowIds.size() > 1) {
			try {
				ownTransaction.executeWithoutResult(status -> rowIds.forEach(rowId -> openLocked(plan, rowId)));
				return;
			}
			catch (RuntimeException ex) {
				log.info("Round {}: a batch of {} departments failed ({}); opening them one by one", plan.roundId(),
						rowIds.size(), ex.toString());
			}
		}
		rowIds.forEach(rowId -> open(plan, rowId));
	}

	/**
	 * Opens the department unless another thread or node did meanwhile; a failure is
	 * recorded, not thrown.
	 */
	void open(Plan plan, long rowId) {
		try {
			ownTransaction.executeWithoutResult(status -> openLocked(plan, rowId));
		}
		catch (RuntimeException ex) {
			log.warn("Round {}: opening department row {} failed: {}", plan.roundId(), rowId, ex.toString());
			ownTransaction.executeWithoutResult(status -> departments.lock(rowId)
				.filter(row -> row.getStatus() == RoundDepartment.Status.PENDING)
				.ifPresent(row -> row.failed(reason(ex), clock.instant())));
		}
	}

	private void openLocked(Plan plan, long rowId) {
		RoundDepartment row = departments.lock(rowId).orElseThrow();
		if (row.getStatus() != RoundDepartment.Status.PENDING) {
			return;
		}
		String code = row.getDepartmentCode();
		long id = draftOf(plan, code);
		// Checked again right before the route starts: the organisation may have changed
		// since the request (a department whose units were all deactivated has nobody to
		// draft); the draft created above is then rolled back with everything else.
		if (!plan.staffed().contains(code)) {
			throw new NotStaffed();
		}
		// The sub-units' expression and every new task's recipients read the same
		// department's drafters and units: once per department.
		String instance = organisation.remembering(() -> process.start(plan.route(), id, code, plan.roundId()));
		departments.findById(rowId).orElseThrow().opened(id, instance, clock.instant());
		// The next department of a batch starts with an empty persistence context too.
		entityManager.flush();
		entityManager.clear();
	}

	// The department's draft of the year (created if it has none) in the round.
	private long draftOf(Plan plan, String code) {
		Long draft = plan.drafts().get(code);
		// Runs in the background too: as a system actor named after who opened the round.
		long id = draft != null ? draft : drafting.createDraft(Actor.system(plan.by()), code, plan.fiscalYear(),
				plan.template(), MeasureUnit.WAN_YUAN);
		lifecycle.attachToRound(id, plan.roundId(), plan.approvalDate(), plan.lastDay());
		// The new draft's hundreds of rows and cells are written now and leave the
		// persistence context: every query the route's start makes (recipients, units,
		// notifications) would otherwise check them all for changes first.
		entityManager.flush();
		entityManager.clear();
		return id;
	}

	/**
	 * A message key for the failures we understand, else the exception as it is (for the
	 * operator).
	 */
	private static String reason(RuntimeException ex) {
		return ex instanceof NotStaffed ? NotStaffed.KEY : ex.getClass().getSimpleName() + ": " + ex.getMessage();
	}

	/** The department has no active unit any more: nobody would draft. */
	static final class NotStaffed extends RuntimeException {

		static final String KEY = "rounds.opening.unstaffed";

		NotStaffed() {
			super(KEY, null, false, false);
		}

	}

}
