package cn.budget.identity;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.budget.shared.Digests;

/**
 * Tokens for API clients: a person creates their own, an administrator also one for a
 * service account (any existing, active person — the token acts with exactly that
 * person's role and scope). The token is 256 random bits shown once; only its SHA-256 is
 * stored, which is enough for a secret nobody can guess and costs microseconds to check,
 * unlike a password hash ({@link TokenSignIn}). Creation and revocation are audited like
 * other account events.
 */
@Service
@Transactional
public class ApiTokens {

	/**
	 * How every token of ours starts, so a client, a log scanner and our Bearer filter
	 * recognise it.
	 */
	public static final String PREFIX = "bdt_";

	static final int DEFAULT_DAYS = 30;

	static final int MAX_DAYS = 365;

	static final int MAX_NAME = 100;

	private static final SecureRandom RANDOM = new SecureRandom();

	private final ApiTokenRepository tokens;

	private final AppUserRepository users;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	ApiTokens(ApiTokenRepository tokens, AppUserRepository users, ApplicationEventPublisher events, Clock clock) {
		this.tokens = tokens;
		this.users = users;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Creates a token acting as the actor, or — for an administrator naming
	 * {@code username} — as that person.
	 * @throws AccessDeniedException when someone other than an administrator names
	 * another person
	 * @throws UnknownAccount when the person does not exist
	 * @throws ApiTokenException when the name or days are out of bounds or the person is
	 * deactivated
	 */
	public IssuedToken create(Actor actor, NewToken request) {
		NewToken asked = request == null ? NewToken.defaults() : request;
		String username = asked.username() == null || asked.username().isBlank() ? actor.username() : asked.username();
		if (!username.equals(actor.username()) && !actor.is(Role.ADMIN)) {
			throw new AccessDeniedException("Only administrators create tokens for other people");
		}
		AppUser person = users.findByUsername(username).orElseThrow(() -> new UnknownAccount(username));
		if (!person.isEnabled()) {
			throw ApiTokenException.invalid("token.invalid.inactive", username);
		}
		String name = nameOf(asked.name());
		Instant now = clock.instant();
		Instant expiresAt = now.plus(Duration.ofDays(daysOf(asked.days())));
		String token = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secret());
		ApiToken saved = tokens.save(new ApiToken(username, name, hash(token), token.substring(0, PREFIX.length() + 6),
				actor.username(), now, expiresAt));
		audit(actor, "API_TOKEN_CREATED", saved, null, name + " #" + saved.getId() + " ≤ " + expiresAt);
		return new IssuedToken(saved.getId(), token, name, username, expiresAt);
	}

	/** A person's tokens, newest first: never the token itself. */
	@Transactional(readOnly = true)
	public List<ApiTokenView> of(String username) {
		Instant now = clock.instant();
		return tokens.findByUsernameOrderByCreatedAtDesc(username).stream().map(t -> t.view(now)).toList();
	}

	/** Everyone's tokens (administrators), or one person's. */
	@Transactional(readOnly = true)
	public List<ApiTokenView> all(Actor actor, String username) {
		if (!actor.is(Role.ADMIN)) {
			throw new AccessDeniedException("Only administrators see other people's tokens");
		}
		if (username != null && !username.isBlank()) {
			return of(username);
		}
		Instant now = clock.instant();
		return tokens.findAllByOrderByCreatedAtDesc().stream().map(t -> t.view(now)).toList();
	}

	/**
	 * Revokes one of the actor's tokens (any, for an administrator); revoking it again
	 * changes nothing.
	 * @throws ApiTokenException (404) when it is not the actor's
	 */
	public void revoke(Actor actor, long id) {
		ApiToken token = tokens.findById(id)
			.filter(t -> actor.is(Role.ADMIN) || t.getUsername().equals(actor.username()))
			.orElseThrow(() -> ApiTokenException.notFound(id));
		if (token.revoke(actor.username(), clock.instant())) {
			audit(actor, "API_TOKEN_REVOKED", token, token.getName() + " #" + id, null);
		}
	}

	private void audit(Actor actor, String kind, ApiToken token, String from, String to) {
		events.publishEvent(new OrganisationChanged(clock.instant(), actor.username(), kind, token.getUsername(),
				"apiToken", from, to));
	}

	private static String nameOf(String name) {
		String trimmed = name == null ? "" : name.strip();
		if (trimmed.length() > MAX_NAME) {
			throw ApiTokenException.invalid("token.invalid.name", MAX_NAME);
		}
		return trimmed.isEmpty() ? "API" : trimmed;
	}

	private static int daysOf(Integer days) {
		if (days == null) {
			return DEFAULT_DAYS;
		}
		if (days < 1 || days > MAX_DAYS) {
			throw ApiTokenException.invalid("token.invalid.days", MAX_DAYS);
		}
		return days;
	}

	private static byte[] secret() {
		byte[] secret = new byte[32];
		RANDOM.nextBytes(secret);
		return secret;
	}

	static String hash(String token) {
		return Digests.sha256Hex(token);
	}

}
