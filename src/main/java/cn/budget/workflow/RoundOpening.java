package cn.budget.workflow;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import cn.budget.disclosure.DisclosureQueries;
import cn.budget.content.DisclosureState;
import cn.budget.disclosure.DisclosureSummary;
import cn.budget.identity.Actor;
import cn.budget.identity.Directory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.stereotype.Service;

/**
 * Opens the pending departments of a round, in the caller's thread or in the background
 * on a small pool of its own, and picks up what a restart left pending. Departments are
 * opened a batch per transaction, each of them completely or not at all
 * ({@link DepartmentOpener}); the round's rows say how far it got.
 */
@Service
class RoundOpening implements DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(RoundOpening.class);

	private final RoundDepartmentRepository departments;

	private final RoundRepository rounds;

	private final DepartmentOpener opener;

	private final DisclosureQueries disclosures;

	private final Directory directory;

	private final Deadlines deadlines;

	private final ReviewProcess process;

	private final ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();

	private final int threads;

	private final int batch;

	/**
	 * The background work of each round on this node; a second request waits for the
	 * first.
	 */
	private final Map<Long, CompletableFuture<Void>> running = new ConcurrentHashMap<>();

	private volatile boolean stopping;

	RoundOpening(RoundDepartmentRepository departments, RoundRepository rounds, DepartmentOpener opener,
			DisclosureQueries disclosures, Directory directory, Deadlines deadlines, ReviewProcess process,
			RoundOpeningProperties properties) {
		this.departments = departments;
		this.rounds = rounds;
		this.opener = opener;
		this.disclosures = disclosures;
		this.directory = directory;
		this.deadlines = deadlines;
		this.process = process;
		this.threads = Math.max(1, properties.threads());
		this.batch = Math.max(1, properties.batch());
		executor.setCorePoolSize(threads);
		executor.setMaxPoolSize(threads);
		executor.setQueueCapacity(Math.max(1, properties.queue()) * threads);
		executor.setThreadNamePrefix("round-opening-");
		// On shutdown each thread finishes the batch it is on; the rest stays
		// pending for the restart.
		executor.setWaitForTasksToCompleteOnShutdown(true);
		executor.setAwaitTerminationSeconds(15);
		executor.initialize();
	}

	/** Opens the round's pending departments in the calling thread. */
	void run(long roundId) {
		drain(plan(roundId), pendingOf(roundId));
	}

	/**
	 * Opens the round's pending departments in the background, after any run of the same
	 * round on this node. The future completes when none is pending (or the node stops).
	 */
	CompletableFuture<Void> inBackground(long roundId) {
		CompletableFuture<Void> next = running.compute(roundId,
				(id, before) -> (before == null ? CompletableFuture.<Void>completedFuture(null)
						: before.exceptionally(ex -> null))
					.thenCompose(nothing -> workers(id)));
		next.whenComplete((nothing, ex) -> {
			running.remove(roundId, next);
			if (ex != null) {
				log.warn("Round {}: the background opening stopped; pending departments wait for a retry or restart",
						roundId, ex);
			}
		});
		return next;
	}

	/**
	 * The background run of the round on this node, if one is going on (tests wait on
	 * it).
	 */
	java.util.Optional<CompletableFuture<Void>> runningOf(long roundId) {
		return java.util.Optional.ofNullable(running.get(roundId));
	}

	/** After a restart: every round with pending departments continues. */
	@EventListener(ApplicationReadyEvent.class)
	void resume() {
		for (Long roundId : departments.roundsWith(RoundDepartment.Status.PENDING)) {
			log.info("Round {}: resuming the opening of its pending departments", roundId);
			inBackground(roundId);
		}
	}

	@Override
	public void destroy() {
		stopping = true;
		executor.shutdown();
	}

	private CompletableFuture<Void> workers(long roundId) {
		Queue<Long> queue = pendingOf(roundId);
		if (queue.isEmpty()) {
			return CompletableFuture.completedFuture(null);
		}
		DepartmentOpener.Plan plan = plan(roundId);
		return CompletableFuture.allOf(IntStream.range(0, Math.min(threads, queue.size()))
			.mapToObj(i -> CompletableFuture.runAsync(() -> drain(plan, queue), executor))
			.toArray(CompletableFuture[]::new));
	}

	private void drain(DepartmentOpener.Plan plan, Queue<Long> queue) {
		for (List<Long> rows = next(queue); !rows.isEmpty() && !stopping; rows = next(queue)) {
			opener.open(plan, rows);
		}
	}

	// In the queue's order (the rows' positions): every thread and node locks rows in the
	// same order, so batches wait for each other but never deadlock.
	private List<Long> next(Queue<Long> queue) {
		List<Long> rows = new ArrayList<>(batch);
		Long row;
		while (rows.size() < batch && (row = queue.poll()) != null) {
			rows.add(row);
		}
		return rows;
	}

	private Queue<Long> pendingOf(long roundId) {
		return departments.findByRoundIdAndStatusOrderByPosition(roundId, RoundDepartment.Status.PENDING)
			.stream()
			.map(RoundDepartment::getId)
			.collect(Collectors.toCollection(ConcurrentLinkedQueue::new));
	}

	// One read of the round, its year's drafts, the organisation's staffed departments
	// and
	// the route's newest version per run.
	private DepartmentOpener.Plan plan(long roundId) {
		Round round = rounds.findById(roundId).orElseThrow();
		RoundInfo info = round.info();
		Map<String, Long> drafts = disclosures.list(Actor.SYSTEM, info.fiscalYear(), null)
			.stream()
			.filter(d -> d.template().equals(info.templateCode()) && d.state() == DisclosureState.DRAFT)
			.collect(Collectors.toMap(DisclosureSummary::departmentCode, DisclosureSummary::id, (a, b) -> a));
		return new DepartmentOpener.Plan(roundId, info.fiscalYear(), info.templateCode(), info.approvalDate(),
				deadlines.lastDayOf(round.getDueAt()), info.openedBy(), drafts, directory.departmentsWithActiveUnits(),
				process.latestDefinition());
	}

}
