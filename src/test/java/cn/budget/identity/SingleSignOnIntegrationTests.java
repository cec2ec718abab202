package cn.budget.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import cn.budget.TestClockConfiguration;
import cn.budget.Years;
import cn.budget.disclosure.DisclosureDrafting;
import cn.budget.disclosure.DisclosureQueries;
import cn.budget.disclosure.Disclosures;
import cn.budget.support.DatabaseAgnostic;
import cn.budget.workflow.Inbox;
import cn.budget.workflow.InboxFilter;
import cn.budget.workflow.NewRound;
import cn.budget.workflow.RoundOpened;
import cn.budget.workflow.Rounds;
import cn.budget.workflow.TaskView;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * Single sign-on through a real OpenID Connect provider started here: the
 * authorization-code flow with real HTTP and redirects, then the session on the pages. A
 * mapped person works in their own scope exactly as after a password login; an unknown or
 * deactivated one is refused with 403. The provider's tokens on the API are
 * {@link SingleSignOnBearerIntegrationTests}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(TestClockConfiguration.class)
@DatabaseAgnostic
class SingleSignOnIntegrationTests extends SingleSignOnFixture {

	@Autowired
	Rounds rounds;

	@Autowired
	Directory directory;

	@Autowired
	Inbox inbox;

	@Autowired
	DisclosureDrafting drafting;

	@Autowired
	DisclosureQueries queries;

	@Test
	void theLoginPageOffersTheProvider() {
		HttpResponse<String> login = browser().get("/login");
		assertThat(login.body()).contains("/oauth2/authorization/county").contains("使用统一身份认证登录");
	}

	@Test
	void aMappedDrafterWorksInTheirOwnScopeAndCompletesTheirFirstTask() {
		RoundOpened round = rounds.open(actor("supervisor"),
				new NewRound(Years.beyondTheForms(), "BUDGET", LocalDate.of(2026, 3, 2), List.of("305", "312")));
		long education = round.disclosures().get(0).id();
		long police = round.disclosures().get(1).id();
		String draft = taskOf("drafter-jy", education);
		String policeTask = taskOf("drafter-jj", police);

		OpenIdProvider.Browser browser = browser();
		provider.nextSignInAs("u-1001", Map.of("account", "drafter-jy"));
		HttpResponse<String> home = browser.signInThroughProvider();
		assertThat(home.statusCode()).isEqualTo(200);
		assertThat(home.uri().getPath()).isEqualTo("/tasks");

		String tasks = browser.get("/tasks").body();
		assertThat(tasks).contains(draft).doesNotContain(policeTask);
		assertThat(browser.get("/disclosures/" + police).statusCode()).isEqualTo(404);
		assertThat(browser.get("/tasks/" + policeTask).statusCode()).isEqualTo(404);

		assertThat(browser.submit("/tasks", "/tasks/" + draft + "/claim", Map.of()).statusCode()).isEqualTo(200);
		drafting.update(actor("drafter-jy"), education,
				Disclosures.wholeBudgetDisclosure(queries.content(Actor.SYSTEM, education)));
		HttpResponse<String> submitted = browser.submit("/tasks", "/tasks/" + draft + "/complete",
				Map.of("decision", "SUBMIT", "comment", "提交审签"));
		assertThat(submitted.statusCode()).isEqualTo(200);
		assertThat(submitted.uri().getPath()).isEqualTo("/tasks");
		assertThat(inbox.tasksOf(actor("leader-jy"), education)).extracting(TaskView::taskKey)
			.containsExactly("Task_LeaderSignOff");
	}

	@Test
	void aPersonWithoutAnAccountIsRefused() {
		OpenIdProvider.Browser browser = browser();
		provider.nextSignInAs("u-9999", Map.of("account", "nobody-here"));
		HttpResponse<String> refused = browser.signInThroughProvider();
		assertThat(refused.statusCode()).isEqualTo(403);
		assertThat(refused.body()).contains("本系统中没有与之对应的有效账号");
		assertSignedOut(browser);
	}

	@Test
	void aDeactivatedPersonIsRefused() {
		jdbc.update("update app_user set enabled = false where username = 'drafter-ks'");
		try {
			OpenIdProvider.Browser browser = browser();
			provider.nextSignInAs("u-1005", Map.of("account", "drafter-ks"));
			HttpResponse<String> refused = browser.signInThroughProvider();
			assertThat(refused.statusCode()).isEqualTo(403);
			assertSignedOut(browser);
		}
		finally {
			jdbc.update("update app_user set enabled = true where username = 'drafter-ks'");
		}
	}

	// Nobody is signed in: the inbox sends the browser to the login page.
	private static void assertSignedOut(OpenIdProvider.Browser browser) {
		HttpResponse<String> inbox = browser.get("/tasks");
		assertThat(inbox.statusCode() + " " + inbox.uri().getPath()).isEqualTo("200 /login");
	}

	private OpenIdProvider.Browser browser() {
		return new OpenIdProvider.Browser("http://localhost:" + port);
	}

	private String taskOf(String user, long disclosureId) {
		return inbox.tasksOf(actor(user), InboxFilter.none())
			.stream()
			.filter(t -> t.disclosureId() == disclosureId)
			.findFirst()
			.orElseThrow()
			.id();
	}

	private Actor actor(String username) {
		return directory.actorOf(username).orElseThrow();
	}

}
