package cn.budget.identity;

import java.time.Instant;

/**
 * A token as its owner (or an administrator) sees it in a list: never the token itself.
 *
 * @param hint its first characters, e.g. {@code bdt_x7Kq…}
 * @param state {@code ACTIVE}, {@code EXPIRED} or {@code REVOKED}
 */
public record ApiTokenView(long id, String username, String name, String hint, String createdBy, Instant createdAt,
		Instant expiresAt, Instant lastUsedAt, Instant revokedAt, String revokedBy, String state) {
}
