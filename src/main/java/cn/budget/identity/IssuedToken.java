package cn.budget.identity;

import java.time.Instant;

/**
 * A token just created: the only time its secret is shown.
 *
 * @param token the value for {@code Authorization: Bearer}
 */
public record IssuedToken(long id, String token, String name, String username, Instant expiresAt) {
}
