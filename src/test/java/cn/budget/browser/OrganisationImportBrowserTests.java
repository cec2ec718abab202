package cn.budget.browser;

import static cn.budget.identity.importing.OrganisationFiles.person;
import static cn.budget.identity.importing.OrganisationFiles.unit;
import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import cn.budget.TestClockConfiguration;
import cn.budget.identity.importing.OrganisationFiles;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * An administrator checks an organisation file on the import page (a dry run listing the
 * changes and the bad row), then imports it with the bad row skipped, and importing it
 * again changes nothing.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(TestClockConfiguration.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OrganisationImportBrowserTests extends BrowserTest {

	@TempDir
	Path files;

	@Test
	void anAdministratorChecksThenImportsAFile() throws Exception {
		Path file = files.resolve("county.xlsx");
		Files.write(file, OrganisationFiles.xlsx(List.of(unit("881", "县人防办", null), unit("881001", "县人防办本级", "881")),
				List.of(person("drafter-881", "人防办填报员", "填报员", "881001"), person("drafter-889", "无单位", "填报员", "889"))));
		Page page = browser.signIn("admin");
		page.navigate(browser.url("/admin/organisation/import"));
		assertThat(page.locator("#org-import-template")).hasAttribute("href",
				"/admin/organisation/import/template.xlsx");
		page.setInputFiles("#org-import-file", file);
		page.click("#org-import-check");

		assertThat(page.locator("#org-import-result .result-dry")).containsText("将新建 3 项");
		assertThat(page.locator("#org-import-result .result-errors tbody")).containsText("单位编码 889 既不在文件中");
		assertThat(page.locator("#org-import-result .result-lines tbody tr")).hasCount(3);
		Browser.screenshot(page, "60-organisation-import-dry-run");

		page.check("#org-import-skip");
		page.click("#org-import-check");
		assertThat(page.locator("#org-import-apply")).isEnabled();
		page.click("#org-import-apply");
		assertThat(page.locator("#org-import-result .result-applied")).containsText("新建 3 项");
		Browser.screenshot(page, "61-organisation-import-applied");

		page.click("#org-import-check");
		assertThat(page.locator("#org-import-result .result-dry")).containsText("将新建 0 项，修改 0 项，停用 0 项，3 项不变");
		org.assertj.core.api.Assertions.assertThat(browser.policyViolations()).isEmpty();
	}

}
