package cn.budget.identity;

import static cn.budget.identity.TestAccounts.from;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import cn.budget.IntegrationTest;
import cn.budget.TestClock;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Guessing passwords is slowed down and then stopped, for HTTP Basic and the login form
 * alike, for existing and unknown names alike, until the lock ends or an administrator
 * lifts it. Each test has its own people and client address, so the demo users and other
 * tests never feel it.
 */
@IntegrationTest
class SignInProtectionIntegrationTests {

	static final String PASSWORD = "richtiges Passwort 42";

	private static final AtomicInteger ADDRESSES = new AtomicInteger(10);

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	TestClock clock;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void tenWrongPasswordsByHttpBasicLockTheAccountUntilTheLockEnds() throws Exception {
		String user = TestAccounts.person(context, "basic", PASSWORD);
		String address = address();
		for (int i = 0; i < 10; i++) {
			basic(user, "guess-" + i, address).andExpect(status().isUnauthorized())
				.andExpect(jsonPath("$.detail").value("用户名或密码错误，或尝试次数过多，请稍后再试。"));
		}
		basic(user, PASSWORD, address).andExpect(status().isUnauthorized()).andExpect(header().exists("Retry-After"));
		clock.advance(Duration.ofMinutes(14));
		basic(user, PASSWORD, address).andExpect(status().isUnauthorized());
		clock.advance(Duration.ofMinutes(1));
		basic(user, PASSWORD, address).andExpect(status().isOk());
		assertThat(audited("SIGN_IN_FAILED", user)).isEqualTo(1);
		assertThat(audited("ACCOUNT_LOCKED", user)).isEqualTo(1);
	}

	@Test
	void theLoginFormIsLockedTheSameWay() throws Exception {
		String user = TestAccounts.person(context, "form", PASSWORD);
		String address = address();
		for (int i = 0; i < 10; i++) {
			form(user, "guess-" + i, address).andExpect(redirectedUrl("/login?error"));
		}
		form(user, PASSWORD, address).andExpect(redirectedUrl("/login?error"));
		mvc.perform(get("/login").param("error", "")).andExpect(content().string(Matchers.containsString("尝试次数过多")));
		clock.advance(Duration.ofMinutes(15));
		form(user, PASSWORD, address).andExpect(redirectedUrl("/"));
	}

	@Test
	void afterFiveFailuresTheNextAttemptWaitsEvenWithTheRightPasswordAndSuccessForgets() throws Exception {
		String user = TestAccounts.person(context, "slow", PASSWORD);
		String address = address();
		for (int i = 0; i < 5; i++) {
			basic(user, "guess-" + i, address).andExpect(status().isUnauthorized());
		}
		basic(user, PASSWORD, address).andExpect(status().isUnauthorized())
			.andExpect(header().string("Retry-After", "1"));
		clock.advance(Duration.ofSeconds(4));
		basic(user, PASSWORD, address).andExpect(status().isOk());
		basic(user, "guess-again", address).andExpect(status().isUnauthorized());
		basic(user, PASSWORD, address).andExpect(status().isOk());
	}

	@Test
	void anUnknownNameIsAnsweredExactlyLikeAnExistingOne() throws Exception {
		String known = TestAccounts.person(context, "known", PASSWORD);
		String unknown = "nobody-" + known;
		String address = address();
		for (int i = 0; i < 11; i++) {
			MockHttpServletResponse real = basic(known, "guess-" + i, address).andReturn().getResponse();
			MockHttpServletResponse ghost = basic(unknown, "guess-" + i, address).andReturn().getResponse();
			assertThat(ghost.getStatus()).as("attempt %d", i).isEqualTo(real.getStatus());
			assertThat(ghost.getContentAsString()).isEqualTo(real.getContentAsString());
			assertThat(ghost.getHeader("Retry-After") != null).isEqualTo(real.getHeader("Retry-After") != null);
		}
		assertThat(audited("ACCOUNT_LOCKED", unknown)).isEqualTo(1);
	}

	@Test
	void oneAddressTryingManyNamesIsHeldBackToo() throws Exception {
		String user = TestAccounts.person(context, "office", PASSWORD);
		String address = address();
		for (int i = 0; i < 20; i++) {
			basic("spray-" + i + "-" + user, "123456", address).andExpect(status().isUnauthorized());
		}
		basic(user, PASSWORD, address).andExpect(status().isUnauthorized());
		basic(user, PASSWORD, address()).andExpect(status().isOk());
		clock.advance(Duration.ofSeconds(2));
		basic(user, PASSWORD, address).andExpect(status().isOk());
	}

	@Test
	void administratorsSeeAndLiftLocks() throws Exception {
		String user = TestAccounts.person(context, "lifted", PASSWORD);
		String address = address();
		for (int i = 0; i < 10; i++) {
			basic(user, "guess-" + i, address);
		}
		mvc.perform(get("/api/admin/sign-in-locks").with(httpBasic("admin", "demo")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[?(@.subject == '%s')].kind", user).value(Matchers.contains("USER")))
			.andExpect(jsonPath("$[?(@.subject == '%s')].failures", user).value(Matchers.contains(10)))
			.andExpect(jsonPath("$[?(@.subject == '%s')].lockedUntil", user).value(Matchers.hasSize(1)));
		mvc.perform(get("/admin/sign-in-locks").with(httpBasic("admin", "demo")))
			.andExpect(content().string(Matchers.containsString(user)));
		mvc.perform(get("/api/admin/sign-in-locks").with(httpBasic("drafter-jy", "demo")))
			.andExpect(status().isForbidden());
		mvc.perform(delete("/api/admin/sign-in-locks/" + user).with(httpBasic("drafter-jy", "demo")))
			.andExpect(status().isForbidden());
		basic(user, PASSWORD, address).andExpect(status().isUnauthorized());

		mvc.perform(delete("/api/admin/sign-in-locks/" + user).with(httpBasic("admin", "demo")))
			.andExpect(status().isNoContent());
		basic(user, PASSWORD, address).andExpect(status().isOk());
		assertThat(audited("LOCK_LIFTED", user)).isEqualTo(1);
	}

	@Test
	void theLocksPageLiftsALockToo() throws Exception {
		String user = TestAccounts.person(context, "page", PASSWORD);
		String address = address();
		for (int i = 0; i < 10; i++) {
			basic(user, "guess-" + i, address);
		}
		mvc.perform(post("/admin/sign-in-locks/lift").with(httpBasic("admin", "demo"))
			.with(csrf())
			.param("kind", "USER")
			.param("subject", user)).andExpect(redirectedUrl("/admin/sign-in-locks?lifted"));
		basic(user, PASSWORD, address).andExpect(status().isOk());
	}

	@Test
	void anOlderBcryptHashStillSignsInAndIsReplacedByArgon2() throws Exception {
		String user = TestAccounts.personWithHash(context, "bcrypt",
				"{bcrypt}" + new BCryptPasswordEncoder().encode(PASSWORD));
		basic(user, PASSWORD, address()).andExpect(status().isOk());
		assertThat(jdbc.queryForObject("select password_hash from app_user where username = ?", String.class, user))
			.startsWith("{argon2@SpringSecurity_v5_8}$argon2id$");
		basic(user, PASSWORD, address()).andExpect(status().isOk());
	}

	private org.springframework.test.web.servlet.ResultActions basic(String user, String password, String address)
			throws Exception {
		return mvc.perform(get("/api/me").with(httpBasic(user, password)).with(from(address)));
	}

	private org.springframework.test.web.servlet.ResultActions form(String user, String password, String address)
			throws Exception {
		return mvc.perform(
				post("/login").with(csrf()).with(from(address)).param("username", user).param("password", password));
	}

	private int audited(String kind, String subject) {
		return jdbc.queryForObject("select count(*) from audit_event where disclosure_id = 0 and kind = ? and part = ?",
				Integer.class, kind, subject);
	}

	private static String address() {
		return "10.77.0." + ADDRESSES.incrementAndGet();
	}

}
