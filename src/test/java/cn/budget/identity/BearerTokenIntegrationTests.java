package cn.budget.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import cn.budget.IntegrationTest;
import cn.budget.Years;
import cn.budget.workflow.NewRound;
import cn.budget.workflow.RoundOpened;
import cn.budget.workflow.Rounds;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * A token used as {@code Authorization: Bearer}: exactly its person's scope, refused in
 * words once revoked, expired or its person deactivated, its last use written sparingly,
 * never accepted on pages or the engine.
 */
@IntegrationTest
class BearerTokenIntegrationTests extends ApiTokensFixture {

	@Autowired
	Rounds rounds;

	@Autowired
	Directory directory;

	@Test
	void aTokenActsAsItsPersonWithTheirScopeUntilRevoked() throws Exception {
		RoundOpened round = rounds.open(directory.actorOf("supervisor").orElseThrow(),
				new NewRound(Years.beyondTheForms(), "BUDGET", LocalDate.of(2026, 3, 2), List.of("305", "312")));
		long education = round.disclosures().get(0).id();
		long police = round.disclosures().get(1).id();
		JsonNode created = create("drafter-jy", "{\"name\":\"报送程序\",\"days\":7}");
		String token = created.get("token").asText();
		assertThat(token).startsWith("bdt_").hasSize(47);
		assertThat(created.get("name").asText()).isEqualTo("报送程序");
		assertThat(Instant.parse(created.get("expiresAt").asText()))
			.isEqualTo(clock.instant().plus(Duration.ofDays(7)));
		itActsAsItsPersonWithTheirScope(token, education, police);
		onceRevokedItIsRefused(created, token);
	}

	private void itActsAsItsPersonWithTheirScope(String token, long education, long police) throws Exception {
		mvc.perform(get("/api/me").with(bearer(token)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.username").value("drafter-jy"));
		assertThat(body(get("/api/tasks").with(bearer(token))))
			.isEqualTo(body(get("/api/tasks").with(httpBasic("drafter-jy", "demo"))));
		assertThat(body(get("/api/disclosures").with(bearer(token))))
			.isEqualTo(body(get("/api/disclosures").with(httpBasic("drafter-jy", "demo"))));
		mvc.perform(get("/api/disclosures/" + education).with(bearer(token))).andExpect(status().isOk());
		// Another department's disclosure: hidden exactly as with the password.
		mvc.perform(get("/api/disclosures/" + police).with(httpBasic("drafter-jy", "demo")))
			.andExpect(status().isNotFound());
		mvc.perform(get("/api/disclosures/" + police).with(bearer(token))).andExpect(status().isNotFound());
		// A drafter's token does not reach what drafters may not do.
		mvc.perform(get("/api/admin/users").with(bearer(token))).andExpect(status().isForbidden());
	}

	private void onceRevokedItIsRefused(JsonNode created, String token) throws Exception {
		mvc.perform(delete("/api/tokens/" + created.get("id").asLong()).with(httpBasic("drafter-jy", "demo")))
			.andExpect(status().isNoContent());
		refused(get("/api/tasks").with(bearer(token)), "REVOKED")
			.andExpect(jsonPath("$.detail").value("令牌已被撤销，不能再使用。"));
		assertThat(audited("API_TOKEN_CREATED", "drafter-jy")).isPositive();
		assertThat(audited("API_TOKEN_REVOKED", "drafter-jy")).isPositive();
	}

	@Test
	void anExpiredTokenIsRefusedInTheCallersLanguage() throws Exception {
		String user = TestAccounts.person(context, "expiring", PASSWORD);
		String token = create(user, PASSWORD, "{\"days\":1}").get("token").asText();
		mvc.perform(get("/api/tasks").with(bearer(token))).andExpect(status().isOk());
		Instant now = clock.instant();
		try {
			clock.advance(Duration.ofDays(1));
			refused(get("/api/tasks").with(bearer(token)), "EXPIRED")
				.andExpect(jsonPath("$.detail").value("令牌已过期，请创建新令牌。"));
			refused(get("/api/tasks").with(bearer(token)).cookie(new Cookie("lang", "en")), "EXPIRED")
				.andExpect(jsonPath("$.detail").value("The token has expired; create a new one."));
		}
		finally {
			clock.set(now);
		}
	}

	@Test
	void theTokenOfADeactivatedPersonIsRefused() throws Exception {
		String user = TestAccounts.person(context, "leaving", PASSWORD);
		JsonNode created = json.readTree(mvc
			.perform(json(post("/api/admin/tokens"), "{\"username\":\"" + user + "\",\"name\":\"服务账号\"}")
				.with(httpBasic("admin", "demo")))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString());
		String token = created.get("token").asText();
		assertThat(created.get("username").asText()).isEqualTo(user);
		mvc.perform(get("/api/me").with(bearer(token))).andExpect(jsonPath("$.username").value(user));
		jdbc.update("update app_user set enabled = false where username = ?", user);
		refused(get("/api/me").with(bearer(token)), "INACTIVE");
		// Nor can a new one be made for them.
		mvc.perform(json(post("/api/admin/tokens"), "{\"username\":\"" + user + "\"}").with(httpBasic("admin", "demo")))
			.andExpect(status().isUnprocessableEntity());
	}

	@Test
	void aTokenOpensNeitherPagesNorTheEngine() throws Exception {
		String token = create("admin", "{}").get("token").asText();
		mvc.perform(get("/api/me").with(bearer(token))).andExpect(status().isOk());
		assertSignedOut(get("/tasks").with(bearer(token)));
		assertSignedOut(get("/admin/users").with(bearer(token)));
		mvc.perform(get("/engine-rest/task").with(bearer(token))).andExpect(status().isUnauthorized());
		mvc.perform(get("/actuator/prometheus").with(bearer(token))).andExpect(status().isUnauthorized());
	}

	@Test
	void theLastUseIsWrittenAtMostOnceAMinute() throws Exception {
		String user = TestAccounts.person(context, "busy", PASSWORD);
		JsonNode created = create(user, PASSWORD, "{}");
		String token = created.get("token").asText();
		long id = created.get("id").asLong();
		assertThat(lastUsed(id)).isNull();
		mvc.perform(get("/api/me").with(bearer(token))).andExpect(status().isOk());
		Instant first = lastUsed(id);
		assertThat(first).isEqualTo(clock.instant());
		Instant now = clock.instant();
		try {
			clock.advance(Duration.ofSeconds(30));
			mvc.perform(get("/api/me").with(bearer(token))).andExpect(status().isOk());
			assertThat(lastUsed(id)).isEqualTo(first);
			clock.advance(Duration.ofSeconds(31));
			mvc.perform(get("/api/me").with(bearer(token))).andExpect(status().isOk());
			assertThat(lastUsed(id)).isEqualTo(clock.instant());
		}
		finally {
			clock.set(now);
		}
	}

	// A page answers an unknown caller with the login page (a browser) or 401 (anything
	// else).
	private void assertSignedOut(MockHttpServletRequestBuilder request) throws Exception {
		var response = mvc.perform(request).andReturn().getResponse();
		String outcome = response.getStatus() + " " + response.getRedirectedUrl();
		assertThat(outcome).matches("401 null|302 .*/login");
	}

	private Instant lastUsed(long id) {
		java.sql.Timestamp at = jdbc.queryForObject("select last_used_at from api_token where id = ?",
				java.sql.Timestamp.class, id);
		return at == null ? null : at.toInstant();
	}

	private int audited(String kind, String subject) {
		return jdbc.queryForObject("select count(*) from audit_event where disclosure_id = 0 and kind = ? and part = ?",
				Integer.class, kind, subject);
	}

}
