package cn.budget.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

/**
 * The browser the route's walk through the pages runs in, started once for the class on
 * the server's random port, and the moves it makes between pages: opening a task from the
 * list, going to a part, deciding a task, and the drafter's typing in the three parts the
 * walk fills.
 */
abstract class ReviewRouteBrowserFixture extends BrowserTest {

	void openTask(Page page, String titlePrefix) {
		page.navigate(browser.url("/tasks"));
		page.locator("#task-list tr", new Page.LocatorOptions().setHasText(titlePrefix)).locator(".open-task").click();
		page.waitForURL(Pattern.compile(".*/(parts/[a-z_]+|tasks/[0-9a-f-]+)$"));
	}

	static void part(Page page, String partKey) {
		page.click("a[data-part='" + partKey + "']");
		page.waitForURL(Pattern.compile(".*/parts/" + partKey + "$"));
	}

	/**
	 * Clicks a task's decision (submit, approve, return, publish) and waits for the list.
	 */
	static void decide(Page page, String button) {
		page.click(button);
		page.waitForURL(Pattern.compile(".*/tasks$"));
	}

	static void submit(Page drafter, String comment) {
		drafter.fill("#task-comment", comment);
		decide(drafter, "#submit-task");
	}

	static void drafterFillsPartOne(Page drafter) {
		drafter.fill("textarea[name='fields[duties_intro].value']", "负责全县教育工作。");
		drafter.click("#table-1 .add-row");
		drafter.fill("#table-1 tbody tr:last-child input[name$='cells[name].value']", "县教育局");
		drafter.fill("#table-1 tbody tr:last-child input[name$='cells[nature].value']", "行政");
		drafter.click("#save");
		assertThat(drafter.locator(".alert-success")).isVisible();
		Browser.screenshot(drafter, "02-drafter-saved-part-1");
	}

	/** A failed save keeps what was typed; the drafter corrects the amount and saves. */
	static void drafterFailsToSaveAWordAmountThenSavesIt(Page drafter) {
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
	}

	static void drafterAddsAProcurementItem(Page drafter) {
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
	}

}
