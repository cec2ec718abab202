package cn.budget.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

import cn.budget.TestClockConfiguration;
import cn.budget.support.DatabaseAgnostic;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * The access tokens of the OpenID Connect provider started here are bearer tokens of the
 * API, while their person has an active account and only from that provider.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(TestClockConfiguration.class)
@DatabaseAgnostic
class SingleSignOnBearerIntegrationTests extends SingleSignOnFixture {

	@Test
	void theProvidersTokenIsABearerTokenOfTheApi() throws Exception {
		String token = provider.accessToken("u-1001", Map.of("account", "drafter-jy"));
		HttpResponse<String> me = api("/api/me", token);
		assertThat(me.statusCode()).isEqualTo(200);
		assertThat(me.body()).contains("\"username\":\"drafter-jy\"");
		assertThat(api("/api/tasks", token).statusCode()).isEqualTo(200);
		// Only the API: pages and Camunda's REST API do not take it.
		assertThat(api("/engine-rest/task", token).statusCode()).isEqualTo(401);
		// Our own tokens work next to the provider's.
		String ours = provider.accessToken("u-1001", Map.of("account", "admin"));
		HttpResponse<String> created = send(HttpRequest.newBuilder(URI.create(base() + "/api/tokens"))
			.header("Authorization", "Bearer " + ours)
			.POST(HttpRequest.BodyPublishers.noBody()));
		assertThat(created.statusCode()).isEqualTo(201);
		String bdt = created.body().replaceAll(".*\"token\":\"(bdt_[^\"]+)\".*", "$1");
		assertThat(api("/api/me", bdt).body()).contains("\"username\":\"admin\"");
	}

	@Test
	void aProvidersTokenWithoutAnActiveAccountOrFromElsewhereIsRefused() throws Exception {
		HttpResponse<String> unknown = api("/api/me", provider.accessToken("u-9999", Map.of("account", "nobody-here")));
		assertThat(unknown.statusCode()).isEqualTo(401);
		assertThat(unknown.body()).contains("NO_ACCOUNT").contains("本系统中没有与之对应的有效账号");
		jdbc.update("update app_user set enabled = false where username = 'drafter-ks'");
		try {
			HttpResponse<String> inactive = api("/api/me",
					provider.accessToken("u-1005", Map.of("account", "drafter-ks")));
			assertThat(inactive.statusCode()).isEqualTo(401);
			assertThat(inactive.body()).contains("NO_ACCOUNT");
		}
		finally {
			jdbc.update("update app_user set enabled = true where username = 'drafter-ks'");
		}
		HttpResponse<String> elsewhere = api("/api/me",
				provider.accessTokenOfAnotherIssuer("u-1001", Map.of("account", "drafter-jy")));
		assertThat(elsewhere.statusCode()).isEqualTo(401);
		assertThat(elsewhere.body()).contains("INVALID");
		String forged = provider.accessToken("u-1001", Map.of("account", "drafter-jy"));
		assertThat(api("/api/me", forged.substring(0, forged.length() - 4) + "AAAA").statusCode()).isEqualTo(401);
	}

	private HttpResponse<String> api(String path, String token) throws Exception {
		return send(HttpRequest.newBuilder(URI.create(base() + path)).header("Authorization", "Bearer " + token).GET());
	}

	private static HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
		return HttpClient.newHttpClient()
			.send(request.header("Accept", "application/json").timeout(Duration.ofSeconds(30)).build(),
					HttpResponse.BodyHandlers.ofString());
	}

	private String base() {
		return "http://localhost:" + port;
	}

}
