package cn.budget.identity;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.stereotype.Component;

import cn.budget.identity.TokenRefused.Reason;
import cn.budget.identity.PersonRows.TokenRow;

/**
 * The fast path of the API: a Bearer token is checked by one indexed lookup of its
 * SHA-256 that brings its person along ({@link PersonRows}) — no password hash, no
 * sign-in counter (a 256-bit secret cannot be guessed, so there is nothing to slow down).
 * Nothing is cached, so a revocation or deactivation counts on the next request on every
 * node. The last use is written at most once a minute per token, not per request.
 */
@Component
class TokenSignIn {

	private static final Logger log = LoggerFactory.getLogger(TokenSignIn.class);

	/**
	 * How coarse "last used" is: a client calling many times a second writes once a
	 * minute.
	 */
	static final Duration LAST_USED_GRANULARITY = Duration.ofMinutes(1);

	/**
	 * Longer than any token of ours (bdt_ and 43 characters); a longer one is not looked
	 * up.
	 */
	private static final int MAX_LENGTH = 100;

	private final PersonRows rows;

	private final Clock clock;

	// No transaction around the reads (one statement each, on PostgreSQL no BEGIN and
	// COMMIT around it): every API request signs in, and the request's work runs in its
	// own.
	TokenSignIn(PersonRows rows, Clock clock) {
		this.rows = rows;
		this.clock = clock;
	}

	/**
	 * The person a token of ours acts as, signed in.
	 * @throws TokenRefused when it is unknown, expired or revoked, or its person is
	 * deactivated
	 */
	UsernamePasswordAuthenticationToken signIn(String token) {
		if (token.length() > MAX_LENGTH) {
			throw new TokenRefused(Reason.INVALID);
		}
		Instant now = clock.instant();
		TokenRow found = rows.byHash(ApiTokens.hash(token)).orElseThrow(() -> refused(Reason.INVALID, null));
		switch (ApiToken.stateOf(found.revokedAt(), found.expiresAt(), now)) {
			case REVOKED -> throw refused(Reason.REVOKED, found);
			case EXPIRED -> throw refused(Reason.EXPIRED, found);
			case ACTIVE -> {
				// active: its person decides
			}
		}
		SignedInUser person = Optional.ofNullable(found.person())
			.filter(SignedInUser::isEnabled)
			.orElseThrow(() -> refused(Reason.INACTIVE, found));
		if (ApiToken.usedBefore(found.lastUsedAt(), now, LAST_USED_GRANULARITY)) {
			rows.used(found.id(), now);
		}
		return signedIn(person);
	}

	/**
	 * An active person by username, as a provider's token names them
	 * (SingleSignOnConfiguration).
	 */
	UsernamePasswordAuthenticationToken signInAs(String username) {
		SignedInUser user = username == null ? null
				: rows.person(username).filter(SignedInUser::isEnabled).orElse(null);
		if (user == null) {
			log.warn("Provider token refused: no active account '{}'", printable(username));
			throw new TokenRefused(Reason.NO_ACCOUNT);
		}
		return signedIn(user);
	}

	private static TokenRefused refused(Reason reason, TokenRow token) {
		log.info("API token refused ({}): {}", reason, token == null ? "unknown" : "#" + token.id());
		return new TokenRefused(reason);
	}

	private static UsernamePasswordAuthenticationToken signedIn(SignedInUser user) {
		return UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
	}

	private static String printable(String value) {
		return value == null ? "-" : value.replaceAll("\\p{Cntrl}", "?");
	}

}
