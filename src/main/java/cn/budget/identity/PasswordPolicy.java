package cn.budget.identity;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The password policy (README, "Accounts and passwords"): at least
 * {@code app.passwords.min-length} characters (12), at most 128, not containing the
 * username, not a common password, not only digits and at least five different
 * characters. Length beats composition rules (NIST SP 800-63B), so there is no rule
 * demanding capitals or symbols; digits-only passwords are refused because they are
 * mostly dates, phone and ID numbers.
 */
@Component
final class PasswordPolicy {

	static final int MAX_LENGTH = 128;

	private static final int MIN_DISTINCT = 5;

	private static final String COMMON = "identity/common-passwords.txt";

	private final int minLength;

	private final Set<String> common;

	PasswordPolicy(@Value("${app.passwords.min-length:12}") int minLength) {
		this.minLength = minLength;
		this.common = load();
	}

	/**
	 * Refuses a password that breaks the policy, naming the first rule it breaks.
	 * @param field the form or JSON field the password came in, for the answer
	 * @throws PasswordRejected when the password breaks a rule
	 */
	void check(String username, String raw, String field) {
		String reason = violation(username, raw == null ? "" : raw);
		if (reason != null) {
			throw new PasswordRejected(field, reason, minLength, MAX_LENGTH);
		}
	}

	private String violation(String username, String raw) {
		if (raw.length() < minLength) {
			return "password.tooShort";
		}
		if (raw.length() > MAX_LENGTH) {
			return "password.tooLong";
		}
		String lower = raw.toLowerCase(Locale.ROOT);
		if (username != null && !username.isBlank() && lower.contains(username.toLowerCase(Locale.ROOT))) {
			return "password.containsUsername";
		}
		if (common.contains(lower)) {
			return "password.common";
		}
		if (raw.chars().allMatch(Character::isDigit)) {
			return "password.onlyDigits";
		}
		if (raw.codePoints().distinct().count() < MIN_DISTINCT) {
			return "password.tooFewCharacters";
		}
		return null;
	}

	private static Set<String> load() {
		try (BufferedReader reader = new BufferedReader(
				new InputStreamReader(new ClassPathResource(COMMON).getInputStream(), StandardCharsets.UTF_8))) {
			return reader.lines()
				.map(String::strip)
				.filter(line -> !line.isEmpty() && !line.startsWith("#"))
				.map(line -> line.toLowerCase(Locale.ROOT))
				.collect(Collectors.toUnmodifiableSet());
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read " + COMMON, ex);
		}
	}

}
