package cn.budget.identity;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import cn.budget.identity.TokenRefused.Reason;

/**
 * The fast path of the API: a Bearer token is checked by one indexed lookup of its
 * SHA-256 that brings its person along — no password hash, no sign-in counter (a 256-bit
 * secret cannot be guessed, so there is nothing to slow down). Nothing is cached, so a
 * revocation or deactivation counts on the next request on every node. The last use is
 * written at most once a minute per token, not per request.
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

	private final ApiTokenRepository tokens;

	private final Clock clock;

	private final TransactionTemplate reads;

	private final TransactionTemplate writes;

	TokenSignIn(ApiTokenRepository tokens, Clock clock, PlatformTransactionManager transactions) {
		this.tokens = tokens;
		this.clock = clock;
		// No transaction of its own (one query, on PostgreSQL no BEGIN and COMMIT around
		// it): every API request signs in, and the request's work runs in its own.
		this.reads = new TransactionTemplate(transactions);
		this.reads.setPropagationBehavior(TransactionDefinition.PROPAGATION_SUPPORTS);
		this.reads.setReadOnly(true);
		this.writes = new TransactionTemplate(transactions);
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
		Checked checked = Objects.requireNonNull(reads.execute(tx -> check(token, now)));
		if (checked.noteUse()) {
			writes.executeWithoutResult(tx -> tokens.findById(checked.tokenId()).ifPresent(t -> t.used(now)));
		}
		return signedIn(checked.user());
	}

	/**
	 * An active person by username, as a provider's token names them
	 * (SingleSignOnConfiguration).
	 */
	UsernamePasswordAuthenticationToken signInAs(String username) {
		SignedInUser user = reads.execute(tx -> username == null ? null
				: tokens.personOf(username).filter(AppUser::isEnabled).map(SignedInUser::of).orElse(null));
		if (user == null) {
			log.warn("Provider token refused: no active account '{}'", printable(username));
			throw new TokenRefused(Reason.NO_ACCOUNT);
		}
		return signedIn(user);
	}

	private Checked check(String token, Instant now) {
		Object[] row = tokens.withPerson(ApiTokens.hash(token))
			.stream()
			.findFirst()
			.orElseThrow(() -> refused(Reason.INVALID, null));
		ApiToken found = (ApiToken) row[0];
		switch (found.stateAt(now)) {
			case REVOKED -> throw refused(Reason.REVOKED, found);
			case EXPIRED -> throw refused(Reason.EXPIRED, found);
			case ACTIVE -> {
				// active: its person decides
			}
		}
		AppUser person = Optional.ofNullable((AppUser) row[1])
			.filter(AppUser::isEnabled)
			.orElseThrow(() -> refused(Reason.INACTIVE, found));
		return new Checked(found.getId(), SignedInUser.of(person), found.lastUsedBefore(now, LAST_USED_GRANULARITY));
	}

	private static TokenRefused refused(Reason reason, ApiToken token) {
		log.info("API token refused ({}): {}", reason, token == null ? "unknown" : "#" + token.getId());
		return new TokenRefused(reason);
	}

	private static UsernamePasswordAuthenticationToken signedIn(SignedInUser user) {
		return UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
	}

	private static String printable(String value) {
		return value == null ? "-" : value.replaceAll("\\p{Cntrl}", "?");
	}

	private record Checked(long tokenId, SignedInUser user, boolean noteUse) {
	}

}
