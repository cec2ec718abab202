package cn.budget.audit;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The organisation's changes made in one transaction, appended to their chain together
 * just before it commits. Importing a county makes thousands of events in one
 * transaction; locking and sealing the chain's head once for all of them, instead of once
 * per event, takes the audit from most of the import's time to a small part of it. The
 * events still commit or roll back with the changes they describe. Outside a transaction
 * an event is appended at once.
 */
@Component
class OrganisationAuditBuffer {

	private final AuditTrail trail;

	OrganisationAuditBuffer(AuditTrail trail) {
		this.trail = trail;
	}

	void add(AuditEntry entry) {
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			trail.append(entry);
			return;
		}
		pending().add(entry);
	}

	@SuppressWarnings("unchecked")
	private List<AuditEntry> pending() {
		List<AuditEntry> pending = (List<AuditEntry>) TransactionSynchronizationManager.getResource(this);
		if (pending == null) {
			List<AuditEntry> entries = new ArrayList<>();
			TransactionSynchronizationManager.bindResource(this, entries);
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {

				@Override
				public void beforeCommit(boolean readOnly) {
					trail.appendAll(AuditTrail.ORGANISATION_CHAIN, entries);
				}

				@Override
				public void afterCompletion(int status) {
					TransactionSynchronizationManager.unbindResourceIfPossible(OrganisationAuditBuffer.this);
				}

			});
			pending = entries;
		}
		return pending;
	}

}
