package cn.budget.audit;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One audit event, sealed with a keyed MAC; never updated (no setters, columns not
 * updatable) nor deleted (its repository has no delete).
 */
@Entity
@Table(name = "audit_event")
class AuditEvent {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false, updatable = false)
	private Long disclosureId;

	@Column(nullable = false, updatable = false)
	private long seq;

	@Column(nullable = false, updatable = false)
	private Instant at;

	@Column(nullable = false, updatable = false)
	private String actor;

	@Column(nullable = false, updatable = false)
	private String kind;

	@Column(updatable = false)
	private String part;

	@Column(updatable = false, length = 1000)
	private String field;

	@Column(updatable = false, length = 100000)
	private String fromValue;

	@Column(updatable = false, length = 100000)
	private String toValue;

	// The changed place's content address; null for events without one (sealed by the v2
	// form, see AuditSeals).
	@Column(updatable = false, length = 300)
	private String address;

	@Column(nullable = false, updatable = false)
	private String prevHash;

	@Column(nullable = false, updatable = false)
	private String hash;

	// The key the MAC in hash was made with; AuditKeys.LEGACY for unkeyed SHA-256 of old
	// events.
	@Column(nullable = false, updatable = false)
	private String keyId;

	protected AuditEvent() {
	}

	AuditEvent(AuditEntry entry, long seq, String prevHash, String hash, String keyId) {
		this.disclosureId = entry.disclosureId();
		this.seq = seq;
		this.at = entry.at();
		this.actor = entry.actor();
		this.kind = entry.kind();
		this.part = entry.part();
		this.field = entry.field();
		this.fromValue = entry.from();
		this.toValue = entry.to();
		this.address = entry.address();
		this.prevHash = prevHash;
		this.hash = hash;
		this.keyId = keyId;
	}

	AuditEntry entry() {
		return new AuditEntry(disclosureId, at, actor, kind, part, field, fromValue, toValue, address);
	}

	long getSeq() {
		return seq;
	}

	String getPrevHash() {
		return prevHash;
	}

	String getHash() {
		return hash;
	}

	String getKeyId() {
		return keyId;
	}

}
