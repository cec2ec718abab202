package cn.budget.identity;

import java.util.Map;

import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * How passwords are stored: Argon2id (memory-hard, the OWASP recommendation) with OWASP's
 * minimum cost, 19 MiB and two passes ({@code app.passwords.argon2.*}), a 16-byte salt.
 * Older {@code {bcrypt}} hashes are still read, and replaced by Argon2 ones at their
 * owner's next sign-in ({@link DirectoryUserDetailsService}).
 */
final class PasswordHashing {

	static final String CURRENT = "argon2@SpringSecurity_v5_8";

	private PasswordHashing() {
	}

	/**
	 * @param memoryKib Argon2's memory in KiB (19456 in production, OWASP's minimum)
	 * @param iterations its passes (2 in production); a hash keeps its own parameters, so
	 * hashes made with others are still read
	 */
	static PasswordEncoder encoder(int memoryKib, int iterations) {
		return new DelegatingPasswordEncoder(CURRENT, Map.of(CURRENT,
				new Argon2PasswordEncoder(16, 32, 1, memoryKib, iterations), "bcrypt", new BCryptPasswordEncoder()));
	}

}
