package cn.budget.identity;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;

/**
 * A real OpenID Connect provider on this machine (mock-oauth2-server, without its login
 * form), and a browser that signs in through it following every redirect as a person's
 * browser would.
 */
final class OpenIdProvider {

	static final String ISSUER = "county";

	private final MockOAuth2Server server = new MockOAuth2Server();

	OpenIdProvider() {
		server.start();
	}

	String issuerUri() {
		return server.issuerUrl(ISSUER).toString();
	}

	/**
	 * The provider will sign the next person in as this one, with our username in the
	 * claim.
	 */
	void nextSignInAs(String subject, Map<String, Object> claims) {
		server.enqueueCallback(
				new DefaultOAuth2TokenCallback(ISSUER, subject, "JWT", List.of("budget-disclosure"), claims, 3600));
	}

	/**
	 * An access token the provider signed for this person, as an API client would send it
	 * as Bearer.
	 */
	String accessToken(String subject, Map<String, Object> claims) {
		return server
			.issueToken(ISSUER, "budget-disclosure",
					new DefaultOAuth2TokenCallback(ISSUER, subject, "JWT", List.of("budget-disclosure"), claims, 3600))
			.serialize();
	}

	/** A token signed by the same keys, but for another issuer of the provider. */
	String accessTokenOfAnotherIssuer(String subject, Map<String, Object> claims) {
		return server
			.issueToken("elsewhere", "budget-disclosure",
					new DefaultOAuth2TokenCallback("elsewhere", subject, "JWT", List.of("budget-disclosure"), claims,
							3600))
			.serialize();
	}

	/** A browser with its own cookies. */
	static final class Browser {

		private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

		private final HttpClient http = HttpClient.newBuilder()
			.cookieHandler(new CookieManager())
			.followRedirects(HttpClient.Redirect.NORMAL)
			.connectTimeout(Duration.ofSeconds(5))
			.build();

		private final String baseUrl;

		Browser(String baseUrl) {
			this.baseUrl = baseUrl;
		}

		/**
		 * Clicks the login page's single sign-on button: answers the page the browser
		 * ends on.
		 */
		HttpResponse<String> signInThroughProvider() {
			return get("/oauth2/authorization/county");
		}

		HttpResponse<String> get(String path) {
			return send(HttpRequest.newBuilder(URI.create(baseUrl + path)).GET());
		}

		/**
		 * Posts a form with the session's CSRF token, read from the page
		 * {@code formPage}.
		 */
		HttpResponse<String> submit(String formPage, String action, Map<String, String> fields) {
			Matcher token = CSRF.matcher(get(formPage).body());
			if (!token.find()) {
				throw new AssertionError("No CSRF token on " + formPage);
			}
			String body = fields.entrySet()
				.stream()
				.map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
				.collect(Collectors.joining("&", "_csrf=" + token.group(1) + "&", ""));
			return send(HttpRequest.newBuilder(URI.create(baseUrl + action))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString(body)));
		}

		// A browser asks for pages, so the server answers with its login page rather than
		// a 401.
		private HttpResponse<String> send(HttpRequest.Builder request) {
			request.header("Accept", "text/html,application/xhtml+xml,*/*;q=0.8");
			try {
				return http.send(request.timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(ex);
			}
		}

	}

}
