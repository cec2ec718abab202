package cn.budget.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.budget.IntegrationTest;
import cn.budget.support.DatabaseAgnostic;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * A password an administrator set must be replaced at first sign-in: until then every
 * other call answers 403 saying so (pages lead to the change of password), and every
 * password follows the policy, with its reason in the caller's language.
 */
@IntegrationTest
@DatabaseAgnostic
class InitialPasswordIntegrationTests {

	static final String INITIAL = "Erst-Passwort 2026";

	static final String OWN = "mein eigenes Kennwort 7";

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	Accounts accounts;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void everyOtherCallIsRefusedUntilTheInitialPasswordIsChanged() throws Exception {
		String user = newcomer();
		mvc.perform(get("/api/tasks").with(httpBasic(user, INITIAL)))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.detail").value(Matchers.containsString("初始密码")))
			.andExpect(jsonPath("$.reason").value("PASSWORD_CHANGE_REQUIRED"));
		mvc.perform(get("/api/disclosures").with(httpBasic(user, INITIAL)).header("Accept-Language", "en"))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.detail").value(Matchers.containsString("set by an administrator")));
		mvc.perform(get("/api/me").with(httpBasic(user, INITIAL))).andExpect(status().isOk());

		changePassword(user, INITIAL, OWN).andExpect(status().isNoContent());
		mvc.perform(get("/api/tasks").with(httpBasic(user, OWN))).andExpect(status().isOk());
		mvc.perform(get("/api/tasks").with(httpBasic(user, INITIAL))).andExpect(status().isUnauthorized());
		assertThat(jdbc.queryForObject(
				"select count(*) from audit_event where disclosure_id = 0 and kind = 'PASSWORD_CHANGED' and part = ?",
				Integer.class, user))
			.isEqualTo(1);
	}

	@Test
	void weakPasswordsAreRefusedWithTheReasonInTheCallersLanguage() throws Exception {
		String user = newcomer();
		changePassword(user, INITIAL, "short1!").andExpect(status().isUnprocessableEntity())
			.andExpect(jsonPath("$.detail").value("密码至少需要 12 个字符。"))
			.andExpect(jsonPath("$.errors[0].field").value("newPassword"));
		changePassword(user, INITIAL, "x-" + user + "-2026").andExpect(status().isUnprocessableEntity())
			.andExpect(jsonPath("$.detail").value("密码不能包含用户名。"));
		mvc.perform(put("/api/me/password").with(httpBasic(user, INITIAL))
			.header("Accept-Language", "en")
			.contentType(MediaType.APPLICATION_JSON)
			.content(body(INITIAL, "1qaz2wsx3edc")))
			.andExpect(status().isUnprocessableEntity())
			.andExpect(jsonPath("$.detail").value(Matchers.startsWith("This is a common password")));
		changePassword(user, "not the current one", OWN).andExpect(status().isUnprocessableEntity())
			.andExpect(jsonPath("$.detail").value("当前密码不正确。"));
		changePassword(user, INITIAL, INITIAL).andExpect(status().isUnprocessableEntity())
			.andExpect(jsonPath("$.detail").value("新密码不能与当前密码相同。"));
		mvc.perform(get("/api/tasks").with(httpBasic(user, INITIAL))).andExpect(status().isForbidden());
	}

	@Test
	void administratorsCannotSetAWeakInitialPasswordEither() {
		String user = TestAccounts.person(context, "weak", OWN);
		assertThatThrownBy(() -> accounts.setInitialPassword("admin", user, "12345678")).isInstanceOfSatisfying(
				PasswordRejected.class, ex -> assertThat(ex.getMessageKey()).isEqualTo("password.tooShort"));
		assertThatThrownBy(() -> accounts.setInitialPassword("admin", "nobody-" + user, INITIAL))
			.isInstanceOf(UnknownAccount.class);
	}

	@Test
	void pagesLeadToTheChangeOfPasswordWhichNeverEchoesWhatWasTyped() throws Exception {
		String user = newcomer();
		MockHttpSession session = signIn(user, INITIAL);
		mvc.perform(get("/tasks").session(session)).andExpect(redirectedUrl("/account/password?required"));
		mvc.perform(get("/account/password").session(session))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("请先设置您自己的密码")));
		refusedPasswordsAreNotEchoed(session);
		theOwnPasswordLetsThePersonIn(session);
	}

	private void refusedPasswordsAreNotEchoed(MockHttpSession session) throws Exception {
		String typed = "Kurz-9";
		mvc.perform(post("/account/password").session(session)
			.with(csrf())
			.param("currentPassword", INITIAL)
			.param("newPassword", typed)
			.param("confirmPassword", typed))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("密码至少需要 12 个字符。")))
			.andExpect(content().string(Matchers.not(Matchers.containsString(typed))))
			.andExpect(content().string(Matchers.not(Matchers.containsString(INITIAL))));
		mvc.perform(post("/account/password").session(session)
			.with(csrf())
			.param("currentPassword", INITIAL)
			.param("newPassword", OWN)
			.param("confirmPassword", OWN + "x"))
			.andExpect(content().string(Matchers.containsString("两次输入的新密码不一致。")))
			.andExpect(content().string(Matchers.not(Matchers.containsString(OWN))));
	}

	private void theOwnPasswordLetsThePersonIn(MockHttpSession session) throws Exception {
		mvc.perform(post("/account/password").session(session)
			.with(csrf())
			.param("currentPassword", INITIAL)
			.param("newPassword", OWN)
			.param("confirmPassword", OWN)).andExpect(redirectedUrl("/account/password?changed"));
		mvc.perform(get("/tasks").session(session)).andExpect(status().isOk());
	}

	@Test
	void everyoneReachesTheChangeOfPasswordFromTheMenu() throws Exception {
		mvc.perform(get("/tasks").with(httpBasic("drafter-jy", "demo")))
			.andExpect(content().string(Matchers.containsString("href=\"/account/password\"")));
	}

	private String newcomer() {
		String user = TestAccounts.person(context, "newcomer", OWN);
		accounts.setInitialPassword("admin", user, INITIAL);
		return user;
	}

	private ResultActions changePassword(String user, String current, String chosen) throws Exception {
		return mvc.perform(put("/api/me/password").with(httpBasic(user, INITIAL))
			.contentType(MediaType.APPLICATION_JSON)
			.content(body(current, chosen)));
	}

	private MockHttpSession signIn(String user, String password) throws Exception {
		return (MockHttpSession) mvc
			.perform(post("/login").with(csrf()).param("username", user).param("password", password))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getRequest()
			.getSession(false);
	}

	private static String body(String current, String chosen) throws Exception {
		return new com.fasterxml.jackson.databind.ObjectMapper()
			.writeValueAsString(java.util.Map.of("currentPassword", current, "newPassword", chosen));
	}

}
