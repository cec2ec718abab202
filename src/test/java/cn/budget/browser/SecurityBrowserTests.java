package cn.budget.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;

import cn.budget.TestClockConfiguration;
import cn.budget.Years;
import cn.budget.identity.Directory;
import cn.budget.workflow.NewRound;
import cn.budget.workflow.RoundOpened;
import cn.budget.workflow.Rounds;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.Cookie;
import com.microsoft.playwright.options.SameSiteAttribute;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * On the real server: the pages work under the strict Content-Security-Policy (nothing
 * blocked, no script error, the editor's and dashboard's scripts run), Camunda's apps
 * keep their own policy, and the session cookie is SameSite=Lax, HttpOnly, and Secure
 * when a TLS proxy says https.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(TestClockConfiguration.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SecurityBrowserTests extends BrowserTest {

	@Autowired
	Rounds rounds;

	@Autowired
	Directory directory;

	@Test
	void thePagesWorkUnderTheContentSecurityPolicy() {
		RoundOpened round = rounds.open(directory.actorOf("supervisor").orElseThrow(),
				new NewRound(Years.beyondTheForms(), "BUDGET", LocalDate.of(2026, 3, 2), List.of("305")));
		long draft = round.disclosures().get(0).id();

		Page visitor = browser.visitor();
		for (String path : List.of("/login", "/public", "/public/disclosures/1")) {
			assertThat(visitor.navigate(browser.url(path)).status()).as(path).isEqualTo(200);
		}
		theSupervisorsPagesChartsAndMenuWork(round);
		theDraftersTableAndImportFormsWork(draft);
		assertThat(browser.policyViolations()).isEmpty();
	}

	private void theSupervisorsPagesChartsAndMenuWork(RoundOpened round) {
		Page supervisor = browser.signIn("supervisor");
		for (String path : List.of("/tasks", "/rounds", "/disclosures", "/notifications", "/disclosures/1/timeline")) {
			assertThat(supervisor.navigate(browser.url(path)).status()).as(path).isEqualTo(200);
		}
		supervisor.navigate(browser.url("/rounds/" + round.id()));
		// Chart.js drew the charts from the JSON data block.
		assertThat(supervisor.locator("canvas").first()).isVisible();
		assertThat((Integer) supervisor.evaluate("() => Chart.instances ? Object.keys(Chart.instances).length : 0"))
			.isPositive();
		// Bootstrap's dropdown (the user menu) opens.
		supervisor.click("nav .dropdown-toggle");
		assertThat(supervisor.locator("nav .dropdown-menu")).isVisible();
	}

	private void theDraftersTableAndImportFormsWork(long draft) {
		Page drafter = browser.signIn("drafter-jy");
		drafter.navigate(browser.url("/disclosures/" + draft + "/parts/glossary"));
		int rows = drafter.locator("#table-0 tbody tr").count();
		drafter.click("#table-0 .add-row");
		assertThat(drafter.locator("#table-0 tbody tr")).hasCount(rows + 1);
		drafter.navigate(browser.url("/imports"));
		assertThat(drafter.locator("form[data-kind=document]")).isVisible();
	}

	@Test
	void camundasAppsKeepTheirOwnPolicy() {
		Page admin = browser.signIn("admin");
		Response cockpit = admin.navigate(browser.url("/camunda/app/cockpit/default/"));
		assertThat(cockpit.status()).isEqualTo(200);
		assertThat(cockpit.headerValue("content-security-policy")).isNotNull().doesNotContain("script-src 'self';");
		assertThat(admin.locator("body")).containsText("Cockpit");
	}

	@Test
	void theSessionCookieIsLaxAndHttpOnly() {
		Page drafter = browser.signIn("drafter-jy");
		Cookie session = drafter.context()
			.cookies()
			.stream()
			.filter(c -> c.name.equals("JSESSIONID"))
			.findFirst()
			.orElseThrow();
		assertThat(session.sameSite).isEqualTo(SameSiteAttribute.LAX);
		assertThat(session.httpOnly).isTrue();
	}

	@Test
	void behindATlsProxyTheSessionCookieIsSecure() throws Exception {
		HttpClient client = HttpClient.newHttpClient();
		HttpResponse<String> overTls = client.send(
				HttpRequest.newBuilder(URI.create(browser.url("/login"))).header("X-Forwarded-Proto", "https").build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(overTls.headers().allValues("Set-Cookie"))
			.anySatisfy(cookie -> assertThat(cookie).startsWith("JSESSIONID=")
				.contains("Secure")
				.contains("HttpOnly")
				.contains("SameSite=Lax"));
		assertThat(overTls.headers().firstValue("Strict-Transport-Security")).isPresent();
		HttpResponse<String> plain = client.send(HttpRequest.newBuilder(URI.create(browser.url("/login"))).build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(plain.headers().allValues("Set-Cookie"))
			.anySatisfy(cookie -> assertThat(cookie).startsWith("JSESSIONID=")
				.doesNotContain("Secure")
				.contains("SameSite=Lax"));
	}

}
