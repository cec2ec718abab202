package cn.budget.identity;

import java.util.Locale;

import org.springframework.security.core.AuthenticationException;

/**
 * A Bearer token refused, with why: the holder of a token may learn that it expired or
 * was revoked (they hold the secret already), so the answer says it in words
 * ({@link BearerEntryPoint}).
 */
final class TokenRefused extends AuthenticationException {

	private static final long serialVersionUID = 1L;

	/** Why; each has its message {@code token.refused.<reason>}. */
	enum Reason {

		/** Not a token of ours, or a provider's token that does not verify. */
		INVALID, EXPIRED, REVOKED,
		/** The person the token acts as is deactivated. */
		INACTIVE,
		/**
		 * A valid token of the single sign-on provider naming no active account of ours.
		 */
		NO_ACCOUNT

	}

	private final Reason reason;

	TokenRefused(Reason reason) {
		super("Bearer token refused: " + reason);
		this.reason = reason;
	}

	Reason reason() {
		return reason;
	}

	String messageKey() {
		return "token.refused." + reason.name().toLowerCase(Locale.ROOT);
	}

}
