package cn.budget.support;

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
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A person's browser as far as the server can tell: cookies (the session) and the forms'
 * CSRF tokens, without JavaScript. Cookies are not bound to a port, so one session
 * travels between nodes on the same host as it would behind a load balancer.
 */
public final class BrowserSession {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

	private final HttpClient http = HttpClient.newBuilder()
		.cookieHandler(new CookieManager())
		.followRedirects(HttpClient.Redirect.NEVER)
		.connectTimeout(Duration.ofSeconds(5))
		.build();

	/**
	 * Signs in on that node through the login form; answers where the server sent the
	 * browser.
	 */
	public String signIn(String baseUrl, String username) {
		return signIn(baseUrl, username, "demo");
	}

	public String signIn(String baseUrl, String username, String password) {
		String token = csrfOf(get(baseUrl, "/login").body());
		HttpResponse<String> response = post(baseUrl, "/login",
				Map.of("username", username, "password", password, "_csrf", token));
		return response.headers().firstValue("Location").orElse("");
	}

	public HttpResponse<String> get(String baseUrl, String path) {
		return send(HttpRequest.newBuilder(URI.create(baseUrl + path)).GET());
	}

	/**
	 * Posts a form with the CSRF token the page at {@code formPage} carries (as read on
	 * {@code readFrom}).
	 */
	public HttpResponse<String> submit(String readFrom, String formPage, String postTo, String action,
			Map<String, String> fields) {
		Map<String, String> form = new LinkedHashMap<>(fields);
		form.put("_csrf", csrfOf(get(readFrom, formPage).body()));
		return post(postTo, action, form);
	}

	public HttpResponse<String> post(String baseUrl, String path, Map<String, String> form) {
		String body = form.entrySet()
			.stream()
			.map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
					+ URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
		return send(HttpRequest.newBuilder(URI.create(baseUrl + path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body)));
	}

	private static String csrfOf(String page) {
		Matcher matcher = CSRF.matcher(page);
		if (!matcher.find()) {
			throw new AssertionError("No CSRF token on the page");
		}
		return matcher.group(1);
	}

	private HttpResponse<String> send(HttpRequest.Builder request) {
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
