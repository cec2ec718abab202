package cn.budget.identity;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Sign-in through a county's unified identity service (统一身份认证) with OpenID Connect
 * (README, "Single sign-on").
 *
 * @param enabled off by default; nothing of OAuth2 is set up while off
 * @param issuerUri the provider's issuer; its discovery document is read at start-up
 * @param clientId this product's client id at the provider
 * @param clientSecret its secret
 * @param usernameClaim the claim that holds our account's username
 * @param scopes the scopes asked for
 * @param apiAudience when set, a provider's JWT sent as Bearer to {@code /api/**} must
 * name it in {@code aud}; when not, any token the provider issued is accepted
 * (ProviderTokens)
 */
@ConfigurationProperties("app.sso")
record SingleSignOnProperties(@DefaultValue("false") boolean enabled, String issuerUri, String clientId,
		String clientSecret, @DefaultValue("preferred_username") String usernameClaim, @DefaultValue( {
				"openid", "profile" }) List<String> scopes,
		String apiAudience){

	/** The registration id: part of the redirect URI the provider must know. */
	static final String REGISTRATION_ID = "county";

}
