package cn.budget.identity;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ClientRegistrations;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.web.authentication.ForwardAuthenticationFailureHandler;

/**
 * OpenID Connect sign-in on the pages, only with {@code app.sso.enabled=true}: the
 * provider's user becomes our account's {@link SignedInUser}
 * ({@link SingleSignOnAccounts}), or is refused. While off, no client registration exists
 * and the page chain has form login only.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "app.sso.enabled", havingValue = "true")
@EnableConfigurationProperties(SingleSignOnProperties.class)
class SingleSignOnConfiguration {

	/** Where the provider's sign-in starts (the login page's button). */
	static final String START = "/oauth2/authorization/" + SingleSignOnProperties.REGISTRATION_ID;

	@Bean
	ClientRegistrationRepository countyRegistration(SingleSignOnProperties sso) {
		ClientRegistration registration = ClientRegistrations.fromIssuerLocation(sso.issuerUri())
			.registrationId(SingleSignOnProperties.REGISTRATION_ID)
			.clientId(sso.clientId())
			.clientSecret(sso.clientSecret())
			.clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
			.scope(sso.scopes())
			.userNameAttributeName(sso.usernameClaim())
			.build();
		return new InMemoryClientRegistrationRepository(registration);
	}

	@Bean
	SingleSignOnAccounts singleSignOnAccounts(SingleSignOnProperties sso, DirectoryUserDetailsService users) {
		return new SingleSignOnAccounts(sso.usernameClaim(), users);
	}

	/**
	 * The provider's JWTs as Bearer tokens on the API, next to our own
	 * (SecurityConfiguration).
	 */
	@Bean
	ProviderTokens providerTokens(SingleSignOnProperties sso, TokenSignIn accounts) {
		return new ProviderTokens(sso, accounts);
	}

	// A refusal re-renders the login page with its message and status (LoginPage), not a
	// 500.
	@Bean
	PageSignIn openIdConnectSignIn(ClientRegistrationRepository registrations, SingleSignOnAccounts accounts) {
		return (HttpSecurity http) -> http.oauth2Login(login -> login.loginPage("/login")
			.clientRegistrationRepository(registrations)
			.userInfoEndpoint(info -> info.oidcUserService(accounts))
			.successHandler(accounts)
			.failureHandler(new ForwardAuthenticationFailureHandler("/login")));
	}

}
