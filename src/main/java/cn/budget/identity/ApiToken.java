package cn.budget.identity;

import java.time.Duration;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A token an API client sends as {@code Authorization: Bearer bdt_…}, acting as one
 * person. Only its SHA-256 is kept; revoking keeps the row.
 */
@Entity
@Table(name = "api_token")
class ApiToken {

	/** The state of a token at a moment. */
	enum State {

		ACTIVE, EXPIRED, REVOKED

	}

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false)
	private String username;

	@Column(nullable = false)
	private String name;

	@Column(nullable = false)
	private String tokenHash;

	/**
	 * The first characters of the token, so that its owner can tell their tokens apart.
	 */
	@Column(nullable = false)
	private String hint;

	@Column(nullable = false)
	private String createdBy;

	@Column(nullable = false)
	private Instant createdAt;

	@Column(nullable = false)
	private Instant expiresAt;

	private Instant lastUsedAt;

	private Instant revokedAt;

	private String revokedBy;

	protected ApiToken() {
	}

	ApiToken(String username, String name, String tokenHash, String hint, String createdBy, Instant createdAt,
			Instant expiresAt) {
		this.username = username;
		this.name = name;
		this.tokenHash = tokenHash;
		this.hint = hint;
		this.createdBy = createdBy;
		this.createdAt = createdAt;
		this.expiresAt = expiresAt;
	}

	State stateAt(Instant now) {
		return stateOf(revokedAt, expiresAt, now);
	}

	/** The state of a token with these times (TokenSignIn reads them as one row). */
	static State stateOf(Instant revokedAt, Instant expiresAt, Instant now) {
		if (revokedAt != null) {
			return State.REVOKED;
		}
		return now.isBefore(expiresAt) ? State.ACTIVE : State.EXPIRED;
	}

	/**
	 * Whether a last use at this time is older than the granularity, so the new one is
	 * worth a write.
	 */
	static boolean usedBefore(Instant lastUsedAt, Instant now, Duration granularity) {
		return lastUsedAt == null || !lastUsedAt.isAfter(now.minus(granularity));
	}

	/** Revokes it; false when it was revoked already. */
	boolean revoke(String by, Instant at) {
		if (revokedAt != null) {
			return false;
		}
		revokedAt = at;
		revokedBy = by;
		return true;
	}

	Long getId() {
		return id;
	}

	String getUsername() {
		return username;
	}

	String getName() {
		return name;
	}

	Instant getExpiresAt() {
		return expiresAt;
	}

	ApiTokenView view(Instant now) {
		return new ApiTokenView(id, username, name, hint + "…", createdBy, createdAt, expiresAt, lastUsedAt, revokedAt,
				revokedBy, stateAt(now).name());
	}

}
