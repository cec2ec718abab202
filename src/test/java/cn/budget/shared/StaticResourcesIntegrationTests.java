package cn.budget.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.budget.IntegrationTest;
import cn.budget.support.DatabaseAgnostic;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Every stylesheet and script a page names is served, without signing in: the web jars by
 * their version-less paths, our own under /css and /js. Links to the application's pages
 * stay as written.
 */
@IntegrationTest
@DatabaseAgnostic
class StaticResourcesIntegrationTests {

	private static final Pattern ASSET = Pattern.compile("(?:href|src)=\"(/(?:css|js|webjars)/[^\"]+)\"");

	@Autowired
	MockMvc mvc;

	@Test
	void theLoginPagesStylesheetsAndScriptsAreServed() throws Exception {
		assertServed(assetsOf(page("/login", null)));
	}

	@Test
	void aSignedInPagesAssetsAreServedAndItsLinksStayPlain() throws Exception {
		String html = page("/tasks", httpBasic("reviewer", "demo"));
		List<String> assets = assetsOf(html);
		assertThat(assets).anyMatch(a -> a.startsWith("/webjars/bootstrap/")).anyMatch(a -> a.startsWith("/css/"));
		assertServed(assets);
		assertThat(html).contains("href=\"/tasks");
	}

	@Test
	void onlyTheAssetFoldersAreFiles() throws Exception {
		mvc.perform(get("/css/app.css")).andExpect(status().isOk());
		mvc.perform(get("/js/editor.js")).andExpect(status().isOk());
		mvc.perform(get("/webjars/bootstrap/css/bootstrap.min.css")).andExpect(status().isOk());
		mvc.perform(get("/static/css/app.css")).andExpect(status().is4xxClientError());
		mvc.perform(get("/app.css")).andExpect(status().is4xxClientError());
	}

	private String page(String path, RequestPostProcessor user) throws Exception {
		var request = get(path);
		if (user != null) {
			request.with(user);
		}
		return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
	}

	private static List<String> assetsOf(String html) {
		Matcher matcher = ASSET.matcher(html);
		List<String> found = new java.util.ArrayList<>();
		while (matcher.find()) {
			found.add(matcher.group(1));
		}
		assertThat(found).isNotEmpty();
		return found;
	}

	private void assertServed(List<String> assets) throws Exception {
		for (String asset : assets) {
			assertThat(mvc.perform(get(asset)).andReturn().getResponse().getStatus()).as(asset).isEqualTo(200);
		}
	}

}
