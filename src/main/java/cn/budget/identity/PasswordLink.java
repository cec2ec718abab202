package cn.budget.identity;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A one-time link that lets a person choose their password: only the token's SHA-256 is
 * stored, so the database alone does not open an account. It works once, and only until
 * it expires.
 */
@Entity
@Table(name = "password_link")
class PasswordLink {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false)
	private String username;

	@Column(nullable = false, unique = true)
	private String tokenHash;

	@Column(nullable = false)
	private String createdBy;

	@Column(nullable = false)
	private Instant createdAt;

	@Column(nullable = false)
	private Instant expiresAt;

	private Instant usedAt;

	protected PasswordLink() {
	}

	PasswordLink(String username, String tokenHash, String createdBy, Instant createdAt, Instant expiresAt) {
		this.username = username;
		this.tokenHash = tokenHash;
		this.createdBy = createdBy;
		this.createdAt = createdAt;
		this.expiresAt = expiresAt;
	}

	boolean usableAt(Instant now) {
		return usedAt == null && now.isBefore(expiresAt);
	}

	void use(Instant now) {
		this.usedAt = now;
	}

	String getUsername() {
		return username;
	}

}
