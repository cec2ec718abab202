package cn.budget.identity;

import java.util.List;

import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationProvider;

/**
 * The single sign-on provider's JWTs as Bearer tokens on {@code /api/**} (Spring
 * Security's resource server): signature by the provider's published keys, issuer,
 * validity and — when configured — audience are checked, then the configured claim names
 * our account, which must exist and be active. Made only with single sign-on on
 * ({@link SingleSignOnConfiguration}).
 */
final class ProviderTokens {

	private final JwtAuthenticationProvider jwts;

	ProviderTokens(SingleSignOnProperties sso, TokenSignIn accounts) {
		NimbusJwtDecoder decoder = NimbusJwtDecoder.withIssuerLocation(sso.issuerUri()).build();
		decoder.setJwtValidator(validator(sso));
		this.jwts = new JwtAuthenticationProvider(decoder);
		String claim = sso.usernameClaim();
		this.jwts.setJwtAuthenticationConverter(jwt -> accounts.signInAs(jwt.getClaimAsString(claim)));
	}

	Authentication authenticate(Authentication bearer) {
		return jwts.authenticate(bearer);
	}

	// A token the provider gave another client of the county is not for us, when an
	// audience is set.
	static OAuth2TokenValidator<Jwt> validator(SingleSignOnProperties sso) {
		OAuth2TokenValidator<Jwt> standard = JwtValidators.createDefaultWithIssuer(sso.issuerUri());
		if (sso.apiAudience() == null || sso.apiAudience().isBlank()) {
			return standard;
		}
		return new DelegatingOAuth2TokenValidator<>(standard,
				new JwtClaimValidator<List<String>>("aud", aud -> aud != null && aud.contains(sso.apiAudience())));
	}

}
