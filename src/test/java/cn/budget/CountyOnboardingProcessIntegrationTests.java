package cn.budget;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import cn.budget.support.Api;
import cn.budget.support.AppProcess;
import cn.budget.support.BrowserSession;
import cn.budget.support.CountyWorkbook;
import cn.budget.support.HttpRoute;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A county starts using the product as a new customer would: the packaged application
 * under the {@code prod} profile with only an administrator's password, the county's 150
 * departments and 600 people imported from the product's own template, a round opened for
 * three departments, people signing in with the passwords the administrator gave them
 * (changed at first sign-in) and working their tasks, another department's drafter seeing
 * nothing of it, a guessed password locking the account, and a reviewer who left still
 * named on the timeline of what he decided.
 */
class CountyOnboardingProcessIntegrationTests {

	private static final String ADMIN = "chief";

	private static final String BUREAU = "901";

	@TempDir
	Path dataDir;

	private final Map<String, String> passwords = new ConcurrentHashMap<>();

	private AppProcess app;

	private Api api;

	@AfterEach
	void stop() {
		if (app != null) {
			app.stop();
		}
	}

	@Test
	void aCountyBringsItsOrganisationAndWorksInIt() {
		startInProduction();
		importTheCounty();
		List.of("sup01", "rev01", "l301", "d301a", "d301b", "d301c", "d302a", "l302")
			.forEach(this::giveAFirstPasswordAndChangeIt);
		HttpRoute route = new HttpRoute(api);
		long id = openRound(301, 302, 303).get(0);

		route.complete("d301b", id, "Task_ContributeSubUnit", "SUBMIT", null);
		route.complete("d301c", id, "Task_ContributeSubUnit", "SUBMIT", null);
		assertThat(api.send("d302a", api.request("/api/disclosures/" + id).GET()).statusCode()).isEqualTo(404);
		assertThat(api.get("d302a", "/api/tasks").findValues("disclosureId")).noneMatch(d -> d.asLong() == id);

		route.saveWholeDisclosure("d301a", id);
		route.complete("d301a", id, "Task_DraftDisclosure", "SUBMIT", "提交审签");
		route.complete("l301", id, "Task_LeaderSignOff", "APPROVE", null);
		route.complete("rev01", id, "Task_FinanceReview", "RETURN", "请补充项目绩效目标");

		aReviewerWhoLeftCannotSignInButStaysOnTheTimeline(id);
		tenWrongPasswordsLockTheAccount("l302");
	}

	private void startInProduction() {
		app = new AppProcess("onboarding", "--spring.profiles.active=prod", "--app.data-dir=" + dataDir,
				"--app.audit.keys.k1=b25ib2FyZGluZy10ZXN0LWtleS0zMi1ieXRlcy1sb25nIQ==", "--app.audit.current-key=k1")
			.asShipped()
			.withEnvironment("APP_ADMIN_USERNAME", ADMIN)
			.withEnvironment("APP_ADMIN_PASSWORD", "Lu9!finance-bureau-2027")
			.withEnvironment("APP_FINANCE_BUREAU_CODE", BUREAU)
			.withEnvironment("APP_FINANCE_BUREAU_NAME", "示范县财政局");
		passwords.put(ADMIN, "Lu9!finance-bureau-2027");
		api = new Api(app::baseUrl, user -> passwords.getOrDefault(user, "unknown"));
		app.start();
		assertThat(api.get(ADMIN, "/api/me").get("roles").toString()).contains("ADMIN");
	}

	private void importTheCounty() {
		byte[] template = api.send(ADMIN, api.request("/api/admin/organisation/template").GET()).body();
		CountyWorkbook county = CountyWorkbook.county(BUREAU, "示范县财政局", 150, 2);
		byte[] file = county.fill(template);
		// The finance bureau exists already (made from the environment with its
		// administrator).
		int expected = county.unitCount() - 1 + county.personCount();

		JsonNode dryRun = api.upload(ADMIN, "/api/admin/organisation/import?dryRun=true", "county.xlsx", file, 200);
		assertThat(dryRun.get("errors")).isEmpty();
		assertThat(dryRun.get("created").asInt()).isEqualTo(expected);
		assertThat(api.get(ADMIN, "/api/admin/units").size()).isEqualTo(1);

		JsonNode applied = api.upload(ADMIN, "/api/admin/organisation/import?dryRun=false", "county.xlsx", file, 200);
		assertThat(applied.get("created").asInt()).isEqualTo(expected);
		JsonNode again = api.upload(ADMIN, "/api/admin/organisation/import?dryRun=false", "county.xlsx", file, 200);
		assertThat(
				List.of(again.get("created").asInt(), again.get("changed").asInt(), again.get("deactivated").asInt()))
			.containsOnly(0);
	}

	// The administrator gives a first password; its owner can do nothing else before
	// choosing one.
	private void giveAFirstPasswordAndChangeIt(String username) {
		passwords.put(username, "Initial#2027-" + Integer.toHexString(username.hashCode()));
		api.put(ADMIN, "/api/admin/users/" + username, Map.of("password", passwords.get(username)));
		HttpResponse<byte[]> refused = api.send(username, api.request("/api/tasks").GET());
		assertThat(refused.statusCode()).isEqualTo(403);
		String chosen = "Own-choice#county-" + Integer.toHexString(username.hashCode());
		api.put(username, "/api/me/password", Map.of("currentPassword", passwords.get(username), "newPassword", chosen),
				204);
		passwords.put(username, chosen);
		assertThat(api.send(username, api.request("/api/tasks").GET()).statusCode()).isEqualTo(200);
	}

	private List<Long> openRound(int... departments) {
		JsonNode round = api.post("sup01", "/api/rounds",
				Map.of("fiscalYear", 2027, "template", "BUDGET", "approvalDate", LocalDate.of(2027, 1, 20).toString(),
						"departmentCodes", Arrays.stream(departments).mapToObj(String::valueOf).toList()),
				201);
		return round.findValues("id").stream().map(JsonNode::asLong).toList();
	}

	private void aReviewerWhoLeftCannotSignInButStaysOnTheTimeline(long id) {
		api.put(ADMIN, "/api/admin/users/rev01", Map.of("active", false));
		assertThat(api.send("rev01", api.request("/api/me").GET()).statusCode()).isEqualTo(401);
		BrowserSession reviewer = new BrowserSession();
		assertThat(reviewer.signIn(app.baseUrl(), "rev01", passwords.get("rev01"))).contains("/login?error");

		BrowserSession admin = new BrowserSession();
		admin.signIn(app.baseUrl(), ADMIN, passwords.get(ADMIN));
		String timeline = admin.get(app.baseUrl(), "/disclosures/" + id + "/timeline").body();
		assertThat(timeline).contains("王审核").contains("请补充项目绩效目标");
	}

	private void tenWrongPasswordsLockTheAccount(String username) {
		String right = passwords.get(username);
		passwords.put(username, "a-wrong-guess");
		for (int i = 0; i < 10; i++) {
			assertThat(api.send(username, api.request("/api/me").GET()).statusCode()).isEqualTo(401);
		}
		passwords.put(username, right);
		assertThat(api.send(username, api.request("/api/me").GET()).statusCode())
			.as("the right password during the lock")
			.isEqualTo(401);
		assertThat(api.get(ADMIN, "/api/admin/sign-in-locks").toString()).contains(username);
		api.send(ADMIN, api.request("/api/admin/sign-in-locks/" + username).DELETE());
		assertThat(api.send(username, api.request("/api/me").GET()).statusCode()).isEqualTo(200);
	}

}
