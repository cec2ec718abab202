package cn.budget.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.budget.IntegrationTest;
import cn.budget.support.DatabaseAgnostic;
import com.fasterxml.jackson.databind.JsonNode;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;

/**
 * Tokens for API clients through HTTP, as their people issue and revoke them: never shown
 * again after creation, another person's not found, bad requests refused in words. How a
 * token then acts on the API is {@link BearerTokenIntegrationTests}.
 */
@IntegrationTest
@DatabaseAgnostic
class ApiTokensIntegrationTests extends ApiTokensFixture {

	@Test
	void theListNeverShowsTheSecretAndAnotherPersonsTokenIsNotFound() throws Exception {
		String user = TestAccounts.person(context, "lister", PASSWORD);
		JsonNode created = create(user, PASSWORD, "{\"name\":\"nightly export\"}");
		String token = created.get("token").asText();
		long id = created.get("id").asLong();
		String list = body(get("/api/tokens").with(bearer(token)));
		assertThat(list).doesNotContain(token).contains("nightly export").contains(token.substring(0, 10) + "…");
		JsonNode first = json.readTree(list).get(0);
		assertThat(first.get("state").asText()).isEqualTo("ACTIVE");
		assertThat(first.has("token")).isFalse();
		String page = body(get("/account/tokens").with(httpBasic(user, PASSWORD)));
		assertThat(page).doesNotContain(token).contains("nightly export");
		assertThat(body(get("/api/admin/tokens").param("username", user).with(httpBasic("admin", "demo"))))
			.doesNotContain(token)
			.contains("nightly export");
		mvc.perform(get("/api/admin/tokens").with(bearer(token))).andExpect(status().isForbidden());

		// Someone else's token: 404, and it still works.
		mvc.perform(delete("/api/tokens/" + id).with(httpBasic("drafter-jy", "demo"))).andExpect(status().isNotFound());
		mvc.perform(post("/account/tokens/" + id + "/revoke").with(httpBasic("drafter-jy", "demo")).with(csrf()))
			.andExpect(status().isNotFound());
		mvc.perform(get("/api/me").with(bearer(token))).andExpect(status().isOk());
		mvc.perform(delete("/api/tokens/999999999").with(httpBasic("drafter-jy", "demo")))
			.andExpect(status().isNotFound());
	}

	@Test
	void unknownOrMalformedTokensAndBadRequestsAreRefusedClearly() throws Exception {
		refused(get("/api/tasks").with(bearer("bdt_not-a-token-of-ours")), "INVALID")
			.andExpect(header().string(HttpHeaders.WWW_AUTHENTICATE, Matchers.containsString("invalid_token")));
		// Without single sign-on, anything else is not a token either.
		refused(get("/api/tasks").with(bearer("eyJhbGciOiJSUzI1NiJ9.e30.c2ln")), "INVALID");
		mvc.perform(json(post("/api/tokens"), "{\"days\":366}").with(httpBasic("drafter-jy", "demo")))
			.andExpect(status().isUnprocessableEntity())
			.andExpect(jsonPath("$.detail").value("有效天数须在 1 到 365 天之间。"));
		mvc.perform(json(post("/api/tokens"), "{\"days\":0}").with(httpBasic("drafter-jy", "demo")))
			.andExpect(status().isUnprocessableEntity());
		mvc.perform(json(post("/api/tokens"), "{\"name\":\"" + "x".repeat(101) + "\"}")
			.with(httpBasic("drafter-jy", "demo"))).andExpect(status().isUnprocessableEntity());
		// A person names only themselves; administrators name others, who must exist.
		mvc.perform(
				json(post("/api/admin/tokens"), "{\"username\":\"drafter-ks\"}").with(httpBasic("drafter-jy", "demo")))
			.andExpect(status().isForbidden());
		mvc.perform(
				json(post("/api/admin/tokens"), "{\"username\":\"nobody-at-all\"}").with(httpBasic("admin", "demo")))
			.andExpect(status().isNotFound());
		// No body at all: the defaults.
		mvc.perform(post("/api/tokens").with(httpBasic("drafter-jy", "demo")))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.name").value("API"));
	}

	@Test
	void theAccountPageCreatesShowsOnceAndRevokes() throws Exception {
		String user = TestAccounts.person(context, "page", PASSWORD);
		String page = body(post("/account/tokens").param("name", "表格同步")
			.param("days", "30")
			.with(httpBasic(user, PASSWORD))
			.with(csrf()));
		String token = page.replaceAll("(?s).*id=\"token-value\"[^>]*>(bdt_[A-Za-z0-9_-]+)<.*", "$1");
		assertThat(token).startsWith("bdt_").hasSize(47);
		mvc.perform(get("/api/me").with(bearer(token))).andExpect(status().isOk());
		assertThat(body(get("/account/tokens").with(httpBasic(user, PASSWORD)))).doesNotContain(token).contains("表格同步");
		long id = json.readTree(body(get("/api/tokens").with(httpBasic(user, PASSWORD)))).get(0).get("id").asLong();
		mvc.perform(post("/account/tokens/" + id + "/revoke").with(httpBasic(user, PASSWORD)).with(csrf()))
			.andExpect(status().is3xxRedirection());
		refused(get("/api/me").with(bearer(token)), "REVOKED");
		mvc.perform(post("/account/tokens").param("days", "999").with(httpBasic(user, PASSWORD)).with(csrf()))
			.andExpect(status().isUnprocessableEntity());
	}

}
