package cn.budget.identity;

import java.time.Duration;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * Failed sign-ins of one account name (known or not, so that answers reveal nothing) or
 * of one client address: how long the next attempt must wait, and whether it is locked.
 */
@Entity
@Table(name = "sign_in_counter")
class SignInCounter {

	/** What is counted. */
	enum Kind {

		USER, ADDRESS

	}

	/**
	 * What a failure crossed: nothing, the point where attempts must wait, or the lock.
	 */
	enum Threshold {

		NONE, SLOWED, LOCKED

	}

	/** The thresholds of one kind of counter ({@link SignInProperties}). */
	record Limits(int delayAfter, int lockAfter, Duration window, Duration lockDuration, Duration firstDelay,
			Duration maxDelay) {
	}

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Kind kind;

	@Column(nullable = false)
	private String subject;

	private int failures;

	@Column(nullable = false)
	private Instant lastFailureAt;

	private Instant lockedUntil;

	protected SignInCounter() {
	}

	SignInCounter(Kind kind, String subject, Instant now) {
		this.kind = kind;
		this.subject = subject;
		this.lastFailureAt = now;
	}

	/** How long an attempt at {@code now} must still wait; zero when it may try. */
	Duration waitAt(Instant now, Limits limits) {
		if (lockedUntil != null) {
			return now.isBefore(lockedUntil) ? Duration.between(now, lockedUntil) : Duration.ZERO;
		}
		if (stale(now, limits) || failures < limits.delayAfter()) {
			return Duration.ZERO;
		}
		Instant next = lastFailureAt.plus(delay(limits));
		return now.isBefore(next) ? Duration.between(now, next) : Duration.ZERO;
	}

	/**
	 * Counts a failure (an attempt refused for waiting counts too, so a script reaches
	 * the lock quickly); a lock in force is not extended, and an ended lock or a quiet
	 * window starts anew.
	 */
	Threshold fail(Instant now, Limits limits) {
		if (lockedAt(now)) {
			return Threshold.NONE;
		}
		if (lockedUntil != null || stale(now, limits)) {
			failures = 0;
			lockedUntil = null;
		}
		failures++;
		lastFailureAt = now;
		if (failures >= limits.lockAfter()) {
			lockedUntil = now.plus(limits.lockDuration());
			return Threshold.LOCKED;
		}
		return failures == limits.delayAfter() ? Threshold.SLOWED : Threshold.NONE;
	}

	boolean lockedAt(Instant now) {
		return lockedUntil != null && now.isBefore(lockedUntil);
	}

	/**
	 * Whether an administrator should see it: locked, or past the point where attempts
	 * wait.
	 */
	boolean restrictsAt(Instant now, Limits limits) {
		return lockedAt(now) || (!stale(now, limits) && lockedUntil == null && failures >= limits.delayAfter());
	}

	SignInLock view() {
		return new SignInLock(kind.name(), subject, failures, lastFailureAt, lockedUntil);
	}

	private boolean stale(Instant now, Limits limits) {
		return !now.isBefore(lastFailureAt.plus(limits.window()));
	}

	private Duration delay(Limits limits) {
		int doublings = Math.min(failures - limits.delayAfter(), 20);
		Duration delay = limits.firstDelay().multipliedBy(1L << doublings);
		return delay.compareTo(limits.maxDelay()) > 0 ? limits.maxDelay() : delay;
	}

	Kind getKind() {
		return kind;
	}

	String getSubject() {
		return subject;
	}

	int getFailures() {
		return failures;
	}

	Instant getLockedUntil() {
		return lockedUntil;
	}

}
