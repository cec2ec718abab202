package cn.budget.identity;

import java.time.Duration;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * The one place every password sign-in passes — the login form and HTTP Basic on the
 * pages, the API, actuator and Camunda's REST API all use the global authentication
 * manager, which Spring Security builds from this single provider bean. A name or address
 * that must wait is refused without looking at the password; every refusal says the same,
 * whether the account exists, the password was wrong or the account is locked or
 * deactivated.
 */
@Component
class GuardedAuthenticationProvider implements AuthenticationProvider {

	private final DaoAuthenticationProvider passwords;

	private final SignInGuard guard;

	GuardedAuthenticationProvider(DirectoryUserDetailsService users, PasswordEncoder encoder, SignInGuard guard) {
		this.passwords = new DaoAuthenticationProvider(users);
		this.passwords.setPasswordEncoder(encoder);
		this.passwords.setUserDetailsPasswordService(users);
		this.guard = guard;
	}

	@Override
	public Authentication authenticate(Authentication authentication) {
		String username = authentication.getName();
		String address = authentication.getDetails() instanceof WebAuthenticationDetails details
				? details.getRemoteAddress() : null;
		Duration wait = guard.waitFor(username, address);
		if (!wait.isZero()) {
			countFailure(username, address);
			throw new SignInRefused(wait);
		}
		try {
			Authentication result = passwords.authenticate(authentication);
			guard.succeeded(username);
			return result;
		}
		catch (AuthenticationException ex) {
			countFailure(username, address);
			throw new BadCredentialsException(SignInRefused.MESSAGE, ex);
		}
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}

	// Two nodes counting the first failure of a name at once: one inserts, the other
	// counts again.
	private void countFailure(String username, String address) {
		try {
			guard.failed(username, address);
		}
		catch (DataIntegrityViolationException ex) {
			guard.failed(username, address);
		}
	}

	/** A sign-in held back without checking its password, with how long to wait. */
	static final class SignInRefused extends BadCredentialsException {

		static final String MESSAGE = "Bad credentials or too many attempts";

		private static final long serialVersionUID = 1L;

		private final Duration retryAfter;

		SignInRefused(Duration retryAfter) {
			super(MESSAGE);
			this.retryAfter = retryAfter;
		}

		Duration retryAfter() {
			return retryAfter;
		}

	}

}
