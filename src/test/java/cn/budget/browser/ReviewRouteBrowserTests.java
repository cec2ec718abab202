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

		Page drafter = browser.signIn("drafter-jy");
		openTask(drafter, "县教育局" + year);
		assertThat(drafter.locator("#task-panel")).isVisible();
		drafter.fill("textarea[name='fields[duties_intro].value']", "负责全县教育工作。");
		drafter.click("#table-1 .add-row");
		drafter.fill("#table-1 tbody tr:last-child input[name$='cells[name].value']", "县教育局");
		drafter.fill("#table-1 tbody tr:last-child input[name$='cells[nature].value']", "行政");
		drafter.click("#save");
		assertThat(drafter.locator(".alert-success")).isVisible();
		Browser.screenshot(drafter, "02-drafter-saved-part-1");

		part(drafter, "operating_funds");
		drafter.fill("#f-operating_funds_amount", "七百七十");
		drafter.fill("#f-operating_funds_text", "办公费、邮电费、差旅费");
		drafter.click("#save");
		assertThat(drafter.locator("#editor-alert")).containsText("不是有效金额");
		assertThat(drafter.locator("#f-operating_funds_amount")).hasValue("七百七十");
		assertThat(drafter.locator("#f-operating_funds_text")).hasValue("办公费、邮电费、差旅费");
		Browser.screenshot(drafter, "03-drafter-failed-save-keeps-values");
		drafter.fill("#f-operating_funds_amount", "770.00");
		drafter.click("#save");
		assertThat(drafter.locator(".alert-success")).isVisible();

		part(drafter, "procurement");
		int tables = drafter.locator(".budget-table-card").count();
		drafter.click("button[value='addTable:procurement_items']");
		// The page comes back with one more table; until then the last card is the old
		// page's.
		assertThat(drafter.locator(".budget-table-card")).hasCount(tables + 1);
		Locator procurement = drafter.locator(".budget-table-card").last();
		procurement.locator(".add-row").click();
		Locator row = procurement.locator("tbody tr").last();
		row.locator("input[name$='cells[item_name].value']").fill("学生课桌椅");
		row.locator("input[name$='cells[catalogue_code].value']").fill("A060101");
		row.locator("input[name$='cells[quantity].value']").fill("100");
		row.locator("input[name$='cells[unit_price].value']").fill("0.05");
		row.locator("input[name$='cells[amount].value']").fill("5.00");
		row.locator("input[name$='cells[fund_general].value']").fill("5.00");
		row.locator("td:has(input[name$='cells[amount].value']) .cell-lock").click();
		row.locator("td:has(input[name$='cells[fund_general].value']) .cell-lock").click();
		drafter.click("#save");
		assertThat(drafter.locator(".alert-success")).isVisible();
		Browser.screenshot(drafter, "04-drafter-procurement");
		drafter.fill("#task-comment", "请审签");
		drafter.click("#submit-task");
		drafter.waitForURL(Pattern.compile(".*/tasks$"));

		Page leader = browser.signIn("leader-jy");
		openTask(leader, "县教育局" + year);
		Browser.screenshot(leader, "05-leader-sign-off");
		leader.click("#approve");
		leader.waitForURL(Pattern.compile(".*/tasks$"));

		Page reviewer = browser.signIn("reviewer");
		openTask(reviewer, "县教育局" + year);
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
		reviewer.click("#return");
		reviewer.waitForURL(Pattern.compile(".*/tasks$"));

		openTask(drafter, "县教育局" + year);
		assertThat(drafter.locator("#comment-panel")).containsText("单价与数量相乘不等于金额");
		part(drafter, "procurement");
		Locator fix = drafter.locator(".budget-table-card").last().locator("tbody tr").last();
		fix.locator("input[name$='cells[amount].value']").fill("5.0");
		drafter.click("#save");
		assertThat(drafter.locator(".alert-success")).isVisible();
		drafter.fill("#task-comment", "已核实金额");
		drafter.click("#submit-task");
		drafter.waitForURL(Pattern.compile(".*/tasks$"));

		openTask(leader, "县教育局" + year);
		leader.click("#approve");
		leader.waitForURL(Pattern.compile(".*/tasks$"));

		openTask(reviewer, "县教育局" + year);
		assertThat(reviewer.locator(".blackline-list li")).hasCount(1);
		assertThat(reviewer.locator(".blackline-list")).containsText("5.0");
		assertThat(reviewer.locator("td.changed")).hasCount(1);
		Browser.screenshot(reviewer, "06-reviewer-blackline");
		reviewer.click("#approve");
		reviewer.waitForURL(Pattern.compile(".*/tasks$"));

		openTask(supervisor, "县教育局" + year);
		Browser.screenshot(supervisor, "07-publish-preview");
		supervisor.click("#publish");
		supervisor.waitForURL(Pattern.compile(".*/tasks$"));

		Page visitor = browser.signIn("drafter-jy");
		visitor.navigate(browser.url("/public"));
		visitor.locator("#published-list a", new Page.LocatorOptions().setHasText("县教育局" + year)).click();
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
