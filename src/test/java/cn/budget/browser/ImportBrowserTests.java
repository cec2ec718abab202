package cn.budget.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;

import cn.budget.TestClockConfiguration;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * A drafter uploads a real disclosure on the import page, watches the upload's progress,
 * reads the import report and opens the disclosure, which offers its downloads.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(TestClockConfiguration.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ImportBrowserTests extends BrowserTest {

	static final Path SEED = Paths.get("src/test/resources/seeds/000_cf6ae51127079c27.txt");

	@Test
	void aDrafterImportsAWordDumpAndReadsTheReport() {
		Page page = imported("2091");
		assertThat(page.locator("#import-form-progress .progress-bar")).hasAttribute("style", "width: 100%;");
		assertThat(page.locator("#import-form-result .result-summary")).containsText("未能放置");
		assertThat(page.locator("#import-form-result .result-report tbody tr").first()).containsText("文首说明");
		assertThat(page.locator("#import-form-result .result-notes tbody")).containsText("312007 赵县交警大队");
		assertThat(page.locator("#import-form-result .result-parts tbody")).containsText("二、部门预算安排总体情况");
		Browser.screenshot(page, "20-import-report");

		page.click("#import-form-result .result-open");
		assertThat(page.locator(".exchange-downloads a")).hasCount(3);
		Browser.screenshot(page, "21-imported-disclosure");
		org.assertj.core.api.Assertions.assertThat(browser.policyViolations()).isEmpty();
	}

	/**
	 * The imported disclosure's editor brings its checks panel; the navigation flags the
	 * parts with findings, and a finding's link takes the drafter to its cell.
	 */
	@Test
	void aDrafterFollowsAFindingFromTheChecksPanelToItsCell() {
		Page page = imported("2092");
		page.click("#import-form-result .result-open");
		Locator flagged = page.locator("nav a[data-part]:has(.check-badge)");
		assertThat(flagged.first()).isVisible();
		Locator cellLinks = page.locator("#checks-panel a[data-check-anchor^='c-']");
		List<String> parts = flagged.all().stream().map(link -> link.getAttribute("data-part")).toList();
		for (String part : parts) {
			page.click("nav a[data-part='" + part + "']");
			assertThat(page.locator("#checks-panel .checks-panel")).hasAttribute("data-part", part);
			if (cellLinks.count() > 0) {
				break;
			}
		}
		String anchor = cellLinks.first().getAttribute("data-check-anchor");
		cellLinks.first().click();
		assertThat(page.locator("#" + anchor)).isFocused();
		Browser.screenshot(page, "22-finding-to-cell");
	}

	private Page imported(String year) {
		Page page = browser.signIn("drafter-ga");
		page.navigate(browser.url("/imports"));
		page.setInputFiles("#import-file", SEED);
		page.fill("#import-year", year);
		page.click("#import-form button[type=submit]");
		assertThat(page.locator("#import-form-progress .progress-bar")).hasAttribute("style", "width: 100%;");
		return page;
	}

}
