package cn.budget.identity;

import java.time.Instant;

/**
 * An account name or client address whose sign-ins are held back: locked until
 * {@code lockedUntil}, or (without it) made to wait between attempts.
 *
 * @param kind {@code USER} or {@code ADDRESS}
 */
public record SignInLock(String kind, String subject, int failures, Instant lastFailureAt, Instant lockedUntil) {
}
