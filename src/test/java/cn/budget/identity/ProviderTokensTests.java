package cn.budget.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.Jwt;

/**
 * Which of the provider's tokens the API accepts: its issuer's, within their time, and —
 * when an audience is configured — only those naming this product.
 */
class ProviderTokensTests {

	private static final String ISSUER = "https://sso.county.example/realms/county";

	@Test
	void withoutAnAudienceAnyTokenOfTheIssuerPasses() {
		var validator = ProviderTokens.validator(sso(null));
		assertThat(validator.validate(jwt(ISSUER, "another-app")).hasErrors()).isFalse();
		assertThat(validator.validate(jwt("https://elsewhere.example", "budget-disclosure")).hasErrors()).isTrue();
	}

	@Test
	void withAnAudienceOnlyTokensNamingItPass() {
		var validator = ProviderTokens.validator(sso("budget-disclosure"));
		assertThat(validator.validate(jwt(ISSUER, "budget-disclosure")).hasErrors()).isFalse();
		assertThat(validator.validate(jwt(ISSUER, "another-app")).hasErrors()).isTrue();
	}

	private static SingleSignOnProperties sso(String audience) {
		return new SingleSignOnProperties(true, ISSUER, "budget-disclosure", "secret", "preferred_username",
				List.of("openid"), audience);
	}

	private static Jwt jwt(String issuer, String audience) {
		Instant now = Instant.now();
		return Jwt.withTokenValue("t")
			.header("alg", "RS256")
			.issuer(issuer)
			.audience(List.of(audience))
			.subject("u-1")
			.issuedAt(now.minusSeconds(10))
			.expiresAt(now.plusSeconds(600))
			.build();
	}

}
