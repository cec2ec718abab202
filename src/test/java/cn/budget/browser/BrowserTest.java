package cn.budget.browser;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * What every browser test class shares: Debian's Chromium, started once for the class
 * against the application on its random port and closed after it. The classes carry their
 * Spring test annotations themselves (all the same, so they share one context).
 */
abstract class BrowserTest {

	@LocalServerPort
	int port;

	Browser browser;

	@BeforeAll
	void start() {
		// CI runs on two busy cores: wait for the server as long as a person would.
		com.microsoft.playwright.assertions.PlaywrightAssertions.setDefaultAssertionTimeout(30_000);
		browser = new Browser("http://localhost:" + port);
	}

	@AfterAll
	void stop() {
		browser.close();
	}

}
