package cn.budget.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;

import cn.budget.TestClockConfiguration;
import cn.budget.Years;
import cn.budget.disclosure.Disclosures;
import cn.budget.identity.Actor;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * Through the real pages in a real browser: the supervisor opens a round, the drafter
 * fills in and submits (a failed save keeps what was typed), the leader signs off, the
 * reviewer returns with a comment on a row, the drafter fixes the cell, the reviewer sees
 * exactly that change and approves, the supervisor publishes and the public page shows it
 * with the confidential cell masked.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(TestClockConfiguration.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReviewRouteBrowserTests extends ReviewRouteBrowserFixture {

	@org.springframework.beans.factory.annotation.Autowired
	cn.budget.disclosure.DisclosureDrafting drafting;

	@org.springframework.beans.factory.annotation.Autowired
	cn.budget.disclosure.DisclosureQueries queries;

	@org.springframework.beans.factory.annotation.Autowired
	cn.budget.identity.Directory directory;

	@Test
	void drafterReviewerAndPublisherWalkTheRouteThroughThePages() {
		int year = Years.next();
		String title = "县教育局" + year;
		Page supervisor = supervisorOpensTheRound(year);
		Page drafter = browser.signIn("drafter-jy");
		openTask(drafter, title);
		assertThat(drafter.locator("#task-panel")).isVisible();
		drafterFillsPartOne(drafter);
		drafterFailsToSaveAWordAmountThenSavesIt(drafter);
		drafterAddsAProcurementItem(drafter);
		submit(drafter, "请审签");

		Page leader = browser.signIn("leader-jy");
		openTask(leader, title);
		Browser.screenshot(leader, "05-leader-sign-off");
		decide(leader, "#approve");

		Page reviewer = browser.signIn("reviewer");
		reviewerReturnsWithACommentOnTheItemRow(reviewer, title);
		drafterFixesTheAmount(drafter, title);
		openTask(leader, title);
		decide(leader, "#approve");
		reviewerSeesExactlyTheChangeAndApproves(reviewer, title);

		openTask(supervisor, title);
		Browser.screenshot(supervisor, "07-publish-preview");
		decide(supervisor, "#publish");
		theVisitorSeesThePublishedRowWithTheConfidentialCellMasked(title);
	}

	private Page supervisorOpensTheRound(int year) {
		Page supervisor = browser.signIn("supervisor");
		supervisor.navigate(browser.url("/rounds"));
		supervisor.fill("#fiscalYear", String.valueOf(year));
		supervisor.fill("#approvalDate", "2026-03-02");
		supervisor.check("#dept-305");
		supervisor.click("#open-round");
		assertThat(supervisor.locator(".alert-success")).isVisible();
		Browser.screenshot(supervisor, "01-round-opened");

		// The parts this walk does not type in were drafted already (as seed 001 reads).
		long id = queries.list(directory.actorOf("supervisor").orElseThrow(), year, "305").get(0).id();
		drafting.update(directory.actorOf("drafter-jy").orElseThrow(), id,
				Disclosures.wholeBudgetDisclosure(queries.content(Actor.SYSTEM, id)));
		return supervisor;
	}

	private void reviewerReturnsWithACommentOnTheItemRow(Page reviewer, String title) {
		openTask(reviewer, title);
		// A finding's link takes the reviewer to its cell on the page that shows every
		// part.
		Locator finding = reviewer.locator("#review-findings li[data-address*=':column:']:has(a[data-check-anchor])")
			.first();
		String place = finding.getAttribute("data-address");
		finding.locator("a[data-check-anchor]").click();
		assertThat(reviewer.locator("[data-position='" + place + "']")).hasClass(Pattern.compile(".*border-danger.*"));
		Locator itemRow = reviewer.locator("tr[id^='row-']", new Page.LocatorOptions().setHasText("学生课桌椅"));
		itemRow.locator("summary").click();
		itemRow.locator("textarea[name='text']").fill("单价与数量相乘不等于金额，请核实");
		itemRow.locator("button[type=submit]").click();
		decide(reviewer, "#return");
	}

	private void drafterFixesTheAmount(Page drafter, String title) {
		openTask(drafter, title);
		assertThat(drafter.locator("#comment-panel")).containsText("单价与数量相乘不等于金额");
		part(drafter, "procurement");
		Locator fix = drafter.locator(".budget-table-card").last().locator("tbody tr").last();
		fix.locator("input[name$='cells[amount].value']").fill("5.0");
		drafter.click("#save");
		assertThat(drafter.locator(".alert-success")).isVisible();
		submit(drafter, "已核实金额");
	}

	private void reviewerSeesExactlyTheChangeAndApproves(Page reviewer, String title) {
		openTask(reviewer, title);
		assertThat(reviewer.locator(".blackline-list li")).hasCount(1);
		assertThat(reviewer.locator(".blackline-list")).containsText("5.0");
		assertThat(reviewer.locator("td.changed")).hasCount(1);
		Browser.screenshot(reviewer, "06-reviewer-blackline");
		decide(reviewer, "#approve");
	}

	private void theVisitorSeesThePublishedRowWithTheConfidentialCellMasked(String title) {
		Page visitor = browser.signIn("drafter-jy");
		visitor.navigate(browser.url("/public"));
		visitor.locator("#published-list a", new Page.LocatorOptions().setHasText(title)).click();
		Locator published = visitor.locator(".disclosure-document tr", new Page.LocatorOptions().setHasText("学生课桌椅"));
		assertThat(published).containsText("****");
		assertThat(published).containsText("0.05");
		assertThat(published).not().containsText("5.0");
		Browser.screenshot(visitor, "08-published");
		assertThat(java.nio.file.Files.exists(Browser.SCREENSHOTS.resolve("08-published.png"))).isTrue();
		// Every page of the route ran its scripts under the Content-Security-Policy
		// without a refusal.
		assertThat(browser.policyViolations()).isEmpty();
	}

}
