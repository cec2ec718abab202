package cn.budget.identity;

import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.server.resource.authentication.BearerTokenAuthenticationToken;

import cn.budget.identity.TokenRefused.Reason;

/**
 * Who checks a Bearer token on {@code /api/**}: ours are recognised by their prefix
 * ({@link ApiTokens#PREFIX}) and checked by {@link TokenSignIn}; anything else is a JWT
 * of the single sign-on provider when one is configured ({@link ProviderTokens}), and
 * refused otherwise. Either way the principal is the person's {@link SignedInUser}, as
 * after a password sign-in.
 */
final class BearerTokens implements AuthenticationManager {

	private final TokenSignIn ours;

	private final ProviderTokens provider;

	/**
	 * @param provider the provider's JWTs, or null without single sign-on
	 */
	BearerTokens(TokenSignIn ours, ProviderTokens provider) {
		this.ours = ours;
		this.provider = provider;
	}

	@Override
	public Authentication authenticate(Authentication authentication) {
		String token = ((BearerTokenAuthenticationToken) authentication).getToken();
		if (token.startsWith(ApiTokens.PREFIX)) {
			return ours.signIn(token);
		}
		if (provider == null) {
			throw new TokenRefused(Reason.INVALID);
		}
		return provider.authenticate(authentication);
	}

}
