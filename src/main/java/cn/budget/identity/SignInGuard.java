package cn.budget.identity;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import cn.budget.identity.SignInCounter.Kind;
import cn.budget.identity.SignInCounter.Threshold;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Holds back repeated failed sign-ins per account name and per client address, in the
 * database so every node of a cluster counts the same. Failures are logged (never the
 * password); the audit records the moment an account starts waiting, every lock and every
 * lock lifted, not each failure.
 */
@Service
@Transactional
public class SignInGuard {

	private static final Logger log = LoggerFactory.getLogger(SignInGuard.class);

	private static final int MAX_SUBJECT = 255;

	private static final int AUDIT_SUBJECT = 64;

	private final SignInCounterRepository counters;

	private final SignInProperties properties;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	SignInGuard(SignInCounterRepository counters, SignInProperties properties, ApplicationEventPublisher events,
			Clock clock) {
		this.counters = counters;
		this.properties = properties;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * How long a sign-in of this name from this address must still wait; zero when it may
	 * try.
	 */
	@Transactional(readOnly = true)
	public Duration waitFor(String username, String address) {
		Instant now = clock.instant();
		Duration user = waitOf(Kind.USER, subject(username), now);
		Duration from = waitOf(Kind.ADDRESS, subject(address), now);
		return user.compareTo(from) >= 0 ? user : from;
	}

	/** Counts a failed (or held back) sign-in against the name and the address. */
	public void failed(String username, String address) {
		Instant now = clock.instant();
		String name = subject(username);
		String from = subject(address);
		SignInCounter user = count(Kind.USER, name, now);
		SignInCounter client = count(Kind.ADDRESS, from, now);
		log.warn("Sign-in failed for user '{}' from {} ({} failures of the account, {} of the address)",
				printable(name), printable(from), user.getFailures(), client.getFailures());
	}

	/**
	 * A successful sign-in forgets the account's failures (the address's run out with
	 * their window).
	 */
	public void succeeded(String username) {
		counters.findByKindAndSubject(Kind.USER, subject(username)).ifPresent(counters::delete);
	}

	/** Every account name and address held back now, newest failure first (ADMIN). */
	@Transactional(readOnly = true)
	public List<SignInLock> locks(Actor actor) {
		requireAdmin(actor);
		Instant now = clock.instant();
		return counters
			.findByLastFailureAtAfterOrLockedUntilAfterOrderByLastFailureAtDesc(now.minus(properties.window()), now)
			.stream()
			.filter(c -> c.restrictsAt(now, properties.limitsFor(c.getKind())))
			.map(SignInCounter::view)
			.toList();
	}

	/**
	 * Lifts the lock or wait of an account name (or address) at once (ADMIN); nothing if
	 * there is none.
	 */
	public void lift(Actor actor, String kind, String subject) {
		requireAdmin(actor);
		Kind which = "ADDRESS".equalsIgnoreCase(kind) ? Kind.ADDRESS : Kind.USER;
		counters.findByKindAndSubject(which, subject(subject)).ifPresent(counter -> {
			counters.delete(counter);
			log.info("Sign-in lock of {} '{}' lifted by {}", which, printable(counter.getSubject()), actor.username());
			audit(actor.username(), "LOCK_LIFTED", counter.getSubject(), "kind", which.name());
		});
	}

	private Duration waitOf(Kind kind, String subject, Instant now) {
		return counters.findByKindAndSubject(kind, subject)
			.map(c -> c.waitAt(now, properties.limitsFor(kind)))
			.orElse(Duration.ZERO);
	}

	private SignInCounter count(Kind kind, String subject, Instant now) {
		SignInCounter counter = counters.lock(kind, subject).orElseGet(() -> {
			counters.deleteOutdated(now.minus(properties.window()).minus(properties.maxDelay()), now);
			return counters.save(new SignInCounter(kind, subject, now));
		});
		Threshold crossed = counter.fail(now, properties.limitsFor(kind));
		if (crossed == Threshold.LOCKED) {
			log.warn("Sign-in locked for {} '{}' until {}", kind, printable(subject), counter.getLockedUntil());
			audit("system", kind == Kind.USER ? "ACCOUNT_LOCKED" : "ADDRESS_LOCKED", subject, "lockedUntil",
					counter.getLockedUntil().toString());
		}
		else if (crossed == Threshold.SLOWED && kind == Kind.USER) {
			audit("system", "SIGN_IN_FAILED", subject, "failures", String.valueOf(counter.getFailures()));
		}
		return counter;
	}

	// The audit keeps 64 characters of a subject; a name typed at the login may be
	// longer.
	private void audit(String actor, String kind, String subject, String field, String to) {
		String shown = subject.length() > AUDIT_SUBJECT ? subject.substring(0, AUDIT_SUBJECT) : subject;
		events.publishEvent(new OrganisationChanged(clock.instant(), actor, kind, shown, field, null, to));
	}

	private static void requireAdmin(Actor actor) {
		if (!actor.is(Role.ADMIN)) {
			throw new AccessDeniedException("Only administrators see and lift sign-in locks");
		}
	}

	private static String subject(String value) {
		String subject = value == null || value.isBlank() ? "-" : value;
		return subject.length() > MAX_SUBJECT ? subject.substring(0, MAX_SUBJECT) : subject;
	}

	/** A name as typed may hold line breaks meant to forge log lines. */
	private static String printable(String value) {
		return value.replaceAll("\\p{Cntrl}", "?");
	}

}
