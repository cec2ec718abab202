package cn.budget.identity;

import java.time.Instant;

/**
 * An administrator sent a person a one-time link to choose their password: notification
 * mails it. The link holds the secret token; it is mailed, never stored or logged
 * elsewhere.
 *
 * @param link the whole address to open, {@code …/account/activate?token=…}
 */
public record PasswordLinkIssued(String username, String displayName, String email, String link, Instant expiresAt) {
}
