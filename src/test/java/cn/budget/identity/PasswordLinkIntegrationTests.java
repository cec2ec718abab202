package cn.budget.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.budget.MailIntegrationTest;
import cn.budget.TestClock;
import cn.budget.support.DatabaseAgnostic;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * A one-time link by mail, through a real (in-process) SMTP server: the administrator
 * sends it, the person reads the mail, follows the link, chooses a password that passes
 * the policy and signs in; the link then works no more, the lock of the person's own
 * guessing is lifted with it, and an unused link expires after a day. The context is the
 * one of the other tests that read mail ({@link MailIntegrationTest}), so no second one
 * starts.
 */
@MailIntegrationTest
@DatabaseAgnostic
class PasswordLinkIntegrationTests {

	private static final Pattern LINK = Pattern.compile("(https?://\\S+/account/activate\\?token=)([A-Za-z0-9_-]+)");

	@RegisterExtension
	static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP);

	@Autowired
	WebApplicationContext context;

	@Autowired
	TestClock clock;

	MockMvc mvc;

	@BeforeEach
	void browser() {
		mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
	}

	@Test
	void theMailedLinkLetsThePersonChooseTheirPasswordOnce() throws Exception {
		String user = TestAccounts.person(context, "linked", "nicht bekannt 1234");
		for (int i = 0; i < 10; i++) {
			mvc.perform(get("/api/me").with(httpBasic(user, "vergessen " + i)).with(TestAccounts.from("10.88.0.1")))
				.andExpect(status().isUnauthorized());
		}
		mvc.perform(post("/api/admin/users/" + user + "/password-link").with(httpBasic("admin", "demo")))
			.andExpect(status().isAccepted())
			.andExpect(jsonPath("$.expiresAt").exists());
		String token = tokenMailedTo(user);
		String chosen = theLinkRefusesACommonPasswordThenTakesAChosenOne(user, token);
		theLinkWorksOnlyOnce(user, token, chosen);
	}

	private String theLinkRefusesACommonPasswordThenTakesAChosenOne(String user, String token) throws Exception {
		mvc.perform(get("/account/activate").param("token", token))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString(user)));
		mvc.perform(post("/account/activate").with(csrf())
			.param("token", token)
			.param("newPassword", "password1234")
			.param("confirmPassword", "password1234"))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("常见密码")))
			.andExpect(content().string(Matchers.not(Matchers.containsString("password1234"))));
		String chosen = "mein Passwort per Link 9";
		mvc.perform(post("/account/activate").with(csrf())
			.param("token", token)
			.param("newPassword", chosen)
			.param("confirmPassword", chosen)).andExpect(redirectedUrl("/login?activated"));
		return chosen;
	}

	private void theLinkWorksOnlyOnce(String user, String token, String chosen) throws Exception {
		mvc.perform(get("/api/tasks").with(httpBasic(user, chosen))).andExpect(status().isOk());
		mvc.perform(get("/account/activate").param("token", token))
			.andExpect(content().string(Matchers.containsString("此链接无效、已使用或已过期")));
		mvc.perform(post("/account/activate").with(csrf())
			.param("token", token)
			.param("newPassword", "noch ein Passwort 10")
			.param("confirmPassword", "noch ein Passwort 10")).andExpect(status().isOk());
		mvc.perform(get("/api/me").with(httpBasic(user, chosen))).andExpect(status().isOk());
	}

	@Test
	void anUnusedLinkExpiresAfterADayAndOnlyAdministratorsSendThem() throws Exception {
		String user = TestAccounts.person(context, "late", "nicht bekannt 1234");
		mvc.perform(post("/api/admin/users/" + user + "/password-link").with(httpBasic("drafter-jy", "demo")))
			.andExpect(status().isForbidden());
		mvc.perform(post("/api/admin/users/" + user + "/password-link").with(httpBasic("admin", "demo")))
			.andExpect(status().isAccepted());
		String token = tokenMailedTo(user);
		clock.advance(Duration.ofHours(24));
		mvc.perform(get("/account/activate").param("token", token))
			.andExpect(content().string(Matchers.containsString("此链接无效、已使用或已过期")));
		mvc.perform(post("/api/admin/users/nobody-" + user + "/password-link").with(httpBasic("admin", "demo")))
			.andExpect(status().isNotFound());
	}

	private static String tokenMailedTo(String user) {
		assertThat(smtp.waitForIncomingEmail(5000, 1)).isTrue();
		MimeMessage mail = smtp.getReceivedMessagesForDomain(user + "@county.example")[0];
		String body = text(mail);
		Matcher link = LINK.matcher(body);
		assertThat(link.find()).as(body).isTrue();
		return link.group(2);
	}

	private static String text(MimeMessage mail) {
		try {
			return mail.getContent().toString();
		}
		catch (jakarta.mail.MessagingException | java.io.IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
