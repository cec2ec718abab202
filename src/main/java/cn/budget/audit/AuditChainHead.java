package cn.budget.audit;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The newest event of a disclosure's chain, as verification reads it. Appending locks and
 * moves this row through {@link AuditEventRows}, so two transactions can never fork the
 * chain; its own MAC keeps anyone without the key from lowering it to hide removed
 * events.
 */
@Entity
@Table(name = "audit_chain")
class AuditChainHead {

	@Id
	private Long disclosureId;

	private long lastSeq;

	private String lastHash;

	private String headKeyId;

	private String headMac;

	protected AuditChainHead() {
	}

	AuditChainHead(Long disclosureId) {
		this.disclosureId = disclosureId;
		this.lastSeq = 0;
		this.lastHash = AuditHashes.GENESIS;
	}

	// Moves a head held in memory (tests build chains this way); appending moves the row
	// itself (AuditEventRows).
	void advance(long seq, String hash, String keyId, String mac) {
		this.lastSeq = seq;
		this.lastHash = hash;
		this.headKeyId = keyId;
		this.headMac = mac;
	}

	Long getDisclosureId() {
		return disclosureId;
	}

	long getLastSeq() {
		return lastSeq;
	}

	String getLastHash() {
		return lastHash;
	}

	String getHeadKeyId() {
		return headKeyId;
	}

	String getHeadMac() {
		return headMac;
	}

}
