package cn.budget.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The audit events of one transaction, appended to their chains together just before it
 * commits: one lock, one seal and one update of each chain's head per transaction instead
 * of per event. A decision makes two events (the disclosure's move and the decision) and
 * importing a county thousands; both were an append each. The events still commit or roll
 * back with the changes they describe, in the order they happened; chains are locked in
 * the order of their ids, so two transactions never wait for each other's heads in
 * opposite order. Outside a transaction, or after this one's events were appended, an
 * event is appended at once. Nested transactions (savepoints) are not supported: a rolled
 * back savepoint's events would still be appended.
 */
@Component
class AuditBuffer {

	private final AuditTrail trail;

	private final TransactionTemplate late;

	AuditBuffer(AuditTrail trail, PlatformTransactionManager transactions) {
		this.trail = trail;
		this.late = new TransactionTemplate(transactions);
		this.late.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	void add(AuditEntry entry) {
		addAll(entry.disclosureId(), List.of(entry));
	}

	void addAll(long chain, List<AuditEntry> entries) {
		Pending pending = TransactionSynchronizationManager.isSynchronizationActive() ? pending() : null;
		if (pending == null || pending.appended) {
			trail.appendAll(chain, entries);
			return;
		}
		pending.chains.computeIfAbsent(chain, c -> new ArrayList<>()).addAll(entries);
	}

	// A transaction started beside the current one (REQUIRES_NEW, e.g. a batch of a
	// round's departments) suspends its synchronizations but not this resource: its
	// events get their own pending list, and the outer one is bound again after it.
	private Pending pending() {
		Pending current = (Pending) TransactionSynchronizationManager.getResource(this);
		if (current != null && TransactionSynchronizationManager.getSynchronizations().contains(current)) {
			return current;
		}
		Pending pending = new Pending(current);
		if (current != null) {
			TransactionSynchronizationManager.unbindResource(this);
		}
		TransactionSynchronizationManager.bindResource(this, pending);
		TransactionSynchronizationManager.registerSynchronization(pending);
		return pending;
	}

	private final class Pending implements TransactionSynchronization {

		private final Map<Long, List<AuditEntry>> chains = new TreeMap<>();

		private final Pending suspended;

		private boolean appended;

		Pending(Pending suspended) {
			this.suspended = suspended;
		}

		// First of all synchronizations: the publication's anchor (AnchorTriggers) reads
		// the heads these events move.
		@Override
		public int getOrder() {
			return HIGHEST_PRECEDENCE;
		}

		@Override
		public void beforeCommit(boolean readOnly) {
			appended = true;
			chains.forEach(trail::appendAll);
		}

		// Events first recorded by another synchronization's before-commit work missed
		// this one's (Spring calls the synchronizations it had when the commit began):
		// appended now, in a transaction of their own, rather than lost.
		@Override
		public void afterCommit() {
			if (!appended && !chains.isEmpty()) {
				appended = true;
				late.executeWithoutResult(status -> chains.forEach(trail::appendAll));
			}
		}

		@Override
		public void afterCompletion(int status) {
			TransactionSynchronizationManager.unbindResourceIfPossible(AuditBuffer.this);
			if (suspended != null) {
				TransactionSynchronizationManager.bindResource(AuditBuffer.this, suspended);
			}
		}

	}

}
