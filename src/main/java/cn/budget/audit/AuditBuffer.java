package cn.budget.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The audit events of one transaction, appended to their chains together just before it
 * commits: one lock, one seal and one update of each chain's head per transaction instead
 * of per event. A decision makes two events (the disclosure's move and the decision) and
 * importing a county thousands; both were an append each. The events still commit or roll
 * back with the changes they describe, in the order they happened; chains are locked in
 * the order of their ids, so two transactions never wait for each other's heads in
 * opposite order. Outside a transaction, or after this one's events were appended, an
 * event is appended at once.
 */
@Component
class AuditBuffer {

	private final AuditTrail trail;

	AuditBuffer(AuditTrail trail) {
		this.trail = trail;
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

		@Override
		public void afterCompletion(int status) {
			TransactionSynchronizationManager.unbindResourceIfPossible(AuditBuffer.this);
			if (suspended != null) {
				TransactionSynchronizationManager.bindResource(AuditBuffer.this, suspended);
			}
		}

	}

}
