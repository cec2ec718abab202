package cn.budget.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.Test;

/** The password policy, rule by rule, and the reason each refusal names. */
class PasswordPolicyTests {

	private final PasswordPolicy policy = new PasswordPolicy(12);

	@Test
	void aLongPhraseOrAMixOfCharactersPasses() {
		assertThatNoException().isThrownBy(() -> policy.check("drafter-ga", "县公安局 预算 公开 2026", "password"));
		assertThatNoException().isThrownBy(() -> policy.check("drafter-ga", "correct horse battery", "password"));
		assertThatNoException().isThrownBy(() -> policy.check("drafter-ga", "Tj7#kq2!Wm9z", "password"));
	}

	@Test
	void tooShortNamesTheMinimum() {
		PasswordRejected refused = refusal("drafter-ga", "Tj7#kq2!Wm9");
		assertThat(refused.getMessageKey()).isEqualTo("password.tooShort");
		assertThat(refused.getArgs()).startsWith(12);
		assertThat(refused.getErrors().get(0).path()).isEqualTo("password");
	}

	@Test
	void theMinimumIsConfigurable() {
		assertThatNoException().isThrownBy(() -> new PasswordPolicy(8).check("x", "Tj7#kq2!", "password"));
		assertThat(catchThrowableOfType(PasswordRejected.class,
				() -> new PasswordPolicy(16).check("x", "Tj7#kq2!Wm9zabc", "password"))
			.getMessageKey()).isEqualTo("password.tooShort");
	}

	@Test
	void theUsernameMayNotBeInItWhateverTheCase() {
		assertThat(refusal("drafter-ga", "My-DRAFTER-GA-2026!").getMessageKey()).isEqualTo("password.containsUsername");
	}

	@Test
	void commonPasswordsAreRefusedWhateverTheCase() {
		assertThat(refusal("someone", "1qaz2wsx3edc").getMessageKey()).isEqualTo("password.common");
		assertThat(refusal("someone", "PASSWORD1234").getMessageKey()).isEqualTo("password.common");
		assertThat(refusal("someone", "woaini1314520").getMessageKey()).isEqualTo("password.common");
		assertThat(new PasswordPolicy(6)).satisfies(short6 -> {
			assertThat(catchThrowableOfType(PasswordRejected.class, () -> short6.check("x", "a123456", "p"))
				.getMessageKey()).isEqualTo("password.common");
			assertThat(catchThrowableOfType(PasswordRejected.class, () -> short6.check("x", "qwerty", "p"))
				.getMessageKey()).isEqualTo("password.common");
		});
	}

	@Test
	void digitsOnlyAndFewDifferentCharactersAreRefused() {
		assertThat(refusal("someone", "13912345678").getMessageKey()).isEqualTo("password.tooShort");
		assertThat(refusal("someone", "330102198001011234").getMessageKey()).isEqualTo("password.onlyDigits");
		assertThat(refusal("someone", "abababab1212").getMessageKey()).isEqualTo("password.tooFewCharacters");
	}

	@Test
	void absurdlyLongOnesAreRefused() {
		assertThat(refusal("someone", "x1".repeat(65)).getMessageKey()).isEqualTo("password.tooLong");
	}

	private PasswordRejected refusal(String username, String password) {
		return catchThrowableOfType(PasswordRejected.class, () -> policy.check(username, password, "password"));
	}

}
