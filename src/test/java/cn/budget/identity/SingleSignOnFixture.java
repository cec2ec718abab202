package cn.budget.identity;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * What the tests of single sign-on share: a real OpenID Connect provider started here,
 * the application configured to use it (the same properties, so one context for all), and
 * the port it listens on.
 */
abstract class SingleSignOnFixture {

	static final OpenIdProvider provider = new OpenIdProvider();

	@DynamicPropertySource
	static void singleSignOn(DynamicPropertyRegistry registry) {
		registry.add("app.sso.enabled", () -> "true");
		registry.add("app.sso.issuer-uri", provider::issuerUri);
		registry.add("app.sso.client-id", () -> "budget-disclosure");
		registry.add("app.sso.client-secret", () -> "secret");
		registry.add("app.sso.username-claim", () -> "account");
	}

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

}
