package cn.budget.audit;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The newest event of a disclosure's chain. Appending locks this row, so two transactions can
 * never fork the chain.
 */
@Entity
@Table(name = "audit_chain")
class AuditChainHead {

	@Id
	private Long disclosureId;

	private long lastSeq;

	private String lastHash;

	protected AuditChainHead() {
	}

	AuditChainHead(Long disclosureId) {
		this.disclosureId = disclosureId;
		this.lastSeq = 0;
		this.lastHash = AuditHashes.GENESIS;
	}

	void advance(long seq, String hash) {
		this.lastSeq = seq;
		this.lastHash = hash;
	}

	long getLastSeq() {
		return lastSeq;
	}

	String getLastHash() {
		return lastHash;
	}

}
