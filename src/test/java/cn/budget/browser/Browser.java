package cn.budget.browser;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;

import com.microsoft.playwright.Browser.NewContextOptions;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;

/**
 * Debian's Chromium driven by Playwright (no browser download), one context per user,
 * screenshots under {@code target/screenshots}.
 */
final class Browser implements AutoCloseable {

	static final Path SCREENSHOTS = Paths.get("target", "screenshots");

	private final Playwright playwright;

	private final com.microsoft.playwright.Browser chromium;

	private final String baseUrl;

	private final List<String> policyViolations = new java.util.concurrent.CopyOnWriteArrayList<>();

	Browser(String baseUrl) {
		this.baseUrl = baseUrl;
		this.playwright = Playwright
			.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
		this.chromium = playwright.chromium()
			.launch(new BrowserType.LaunchOptions().setExecutablePath(Paths.get(executable()))
				.setHeadless(true)
				.setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
						"--disable-background-networking")));
	}

	/** A fresh session signed in as the given demo user. */
	Page signIn(String username) {
		Page page = visitor();
		page.navigate(baseUrl + "/login");
		page.fill("#username", username);
		page.fill("#password", "demo");
		page.click("button[type=submit]");
		page.waitForURL(url -> !url.contains("/login"));
		return page;
	}

	/** A fresh session of nobody signed in. */
	Page visitor() {
		Page page = chromium.newContext(new NewContextOptions().setLocale("zh-CN").setViewportSize(1400, 900))
			.newPage();
		page.setDefaultTimeout(30_000);
		// What our Content-Security-Policy blocked shows on the console; Camunda's apps
		// have their own policy.
		page.onConsoleMessage(message -> {
			if (message.text().contains("Content Security Policy") && !page.url().contains("/camunda/")) {
				policyViolations.add(page.url() + ": " + message.text());
			}
		});
		page.onPageError(error -> policyViolations.add(page.url() + ": " + error));
		return page;
	}

	/** Everything the pages' policy blocked, and every script error, so far. */
	List<String> policyViolations() {
		return List.copyOf(policyViolations);
	}

	String url(String path) {
		return baseUrl + path;
	}

	static void screenshot(Page page, String name) {
		try {
			Files.createDirectories(SCREENSHOTS);
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
		page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name + ".png")).setFullPage(true));
	}

	private static String executable() {
		String configured = System.getenv("CHROMIUM_PATH");
		return configured == null || configured.isBlank() ? "/usr/bin/chromium" : configured;
	}

	@Override
	public void close() {
		chromium.close();
		playwright.close();
	}

}
