package cn.budget.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import cn.budget.TestClockConfiguration;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * Camunda's web apps behind the product's own login: administrators reach Cockpit signed
 * in, everybody else is refused; the OpenAPI description is public.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(TestClockConfiguration.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CamundaAccessBrowserTests extends BrowserTest {

	@org.springframework.beans.factory.annotation.Autowired
	org.camunda.bpm.engine.IdentityService identity;

	@Test
	void administratorsReachCockpitSignedIn() {
		assertThat(identity.createUserQuery().userId("admin").count()).isEqualTo(1);
		Page admin = browser.signIn("admin");
		Response response = admin.navigate(browser.url("/camunda/app/cockpit/default/"));
		assertThat(response.status()).isEqualTo(200);
		// Cockpit is a single-page app: it shows the signed-in administrator once it has
		// loaded.
		assertThat(admin.locator("body")).containsText("Cockpit");
		assertThat(admin.locator("body")).containsText("系统管理员");
		Browser.screenshot(admin, "09-cockpit-admin");
	}

	@Test
	void othersAreRefused() {
		Page supervisor = browser.signIn("supervisor");
		assertThat(supervisor.navigate(browser.url("/camunda/app/cockpit/default/")).status()).isEqualTo(403);
		// The engine REST API takes HTTP Basic only: a browser session, even an
		// administrator's, is not enough.
		assertThat(supervisor.request().get(browser.url("/engine-rest/engine")).status()).isEqualTo(401);
		Page admin = browser.signIn("admin");
		assertThat(admin.request().get(browser.url("/engine-rest/engine")).status()).isEqualTo(401);
		String basic = "Basic " + java.util.Base64.getEncoder().encodeToString("admin:demo".getBytes());
		assertThat(admin.request()
			.get(browser.url("/engine-rest/engine"),
					com.microsoft.playwright.options.RequestOptions.create().setHeader("Authorization", basic))
			.status()).isEqualTo(200);
	}

	@Test
	void theApiIsDescribedByOpenApi() {
		Page anonymous = browser.signIn("drafter-ga");
		Response response = anonymous.navigate(browser.url("/v3/api-docs"));
		assertThat(response.status()).isEqualTo(200);
		assertThat(response.text()).contains("/api/disclosures/{id}")
			.contains("/api/tasks/{id}/complete")
			.contains("/api/rounds")
			.contains("/api/disclosures/{id}/audit/verify");
	}

}
