package cn.budget.identity;

import java.util.Map;

import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * How passwords are stored: Argon2id (memory-hard, the OWASP recommendation) with Spring Security's
 * 5.8 defaults: 16 MiB, two passes, a 16-byte salt. Older {@code {bcrypt}} hashes are still read,
 * and replaced by Argon2 ones at their owner's next sign-in ({@link DirectoryUserDetailsService}).
 */
final class PasswordHashing {

	static final String CURRENT = "argon2@SpringSecurity_v5_8";

	private PasswordHashing() {
	}

	static PasswordEncoder encoder() {
		return new DelegatingPasswordEncoder(CURRENT, Map.of(CURRENT,
				Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8(), "bcrypt", new BCryptPasswordEncoder()));
	}

}
