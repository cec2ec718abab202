package cn.budget.browser;

import java.util.regex.Pattern;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The browser the route's walk through the pages runs in, started once for the class on
 * the server's random port, and the moves it makes between pages: opening a task from the
 * list, going to a part.
 */
abstract class ReviewRouteBrowserFixture {

	@LocalServerPort
	int port;

	Browser browser;

	@BeforeAll
	void start() {
		// CI runs on two busy cores: wait for the server as long as a person would.
		com.microsoft.playwright.assertions.PlaywrightAssertions.setDefaultAssertionTimeout(20_000);
		browser = new Browser("http://localhost:" + port);
	}

	@AfterAll
	void stop() {
		browser.close();
	}

	void openTask(Page page, String titlePrefix) {
		page.navigate(browser.url("/tasks"));
		page.locator("#task-list tr", new Page.LocatorOptions().setHasText(titlePrefix)).locator(".open-task").click();
		page.waitForURL(Pattern.compile(".*/(parts/[a-z_]+|tasks/[0-9a-f-]+)$"));
	}

	static void part(Page page, String partKey) {
		page.click("a[data-part='" + partKey + "']");
		page.waitForURL(Pattern.compile(".*/parts/" + partKey + "$"));
	}

}
