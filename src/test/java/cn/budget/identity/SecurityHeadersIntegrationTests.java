package cn.budget.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

import cn.budget.IntegrationTest;
import cn.budget.disclosure.DisclosureQueries;
import cn.budget.content.DisclosureState;
import cn.budget.disclosure.DisclosureSummary;
import cn.budget.disclosure.Disclosures;
import cn.budget.support.DatabaseAgnostic;
import cn.budget.workflow.Decision;
import cn.budget.workflow.Inbox;
import cn.budget.workflow.RoundOpened;
import cn.budget.workflow.Routes;
import cn.budget.workflow.TaskView;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Every page of the product, and the API, carries a strict Content-Security-Policy
 * (scripts from this origin only, nothing inline), a Referrer-Policy and a
 * Permissions-Policy; and no page holds an inline script, an inline event handler or an
 * inline style that the policy would block.
 */
@IntegrationTest
@DatabaseAgnostic
class SecurityHeadersIntegrationTests {

	private static final Pattern INLINE_SCRIPT = Pattern
		.compile("<script(?![^>]*\\bsrc=)(?![^>]*type=\"application/json\")[^>]*>");

	private static final Pattern EVENT_HANDLER = Pattern.compile("<[^>]+\\son[a-z]+\\s*=", Pattern.CASE_INSENSITIVE);

	private static final Pattern INLINE_STYLE = Pattern.compile("<[^>]+\\sstyle\\s*=", Pattern.CASE_INSENSITIVE);

	@Autowired
	MockMvc mvc;

	@Autowired
	Routes routes;

	@Autowired
	DisclosureQueries disclosures;

	@Autowired
	Inbox inbox;

	@Test
	void everyPageCarriesTheHeadersAndHoldsNothingInline() throws Exception {
		for (Map.Entry<String, String> page : pages().entrySet()) {
			MockHttpServletResponse response = mvc.perform(page.getValue() == null ? get(page.getKey())
					: get(page.getKey()).with(httpBasic(page.getValue(), "demo")))
				.andReturn()
				.getResponse();
			assertThat(response.getStatus()).as(page.getKey()).isIn(200, 404);
			assertHeaders(page.getKey(), response);
			String html = response.getContentAsString();
			assertThat(html).as(page.getKey()).contains("<html");
			assertThat(INLINE_SCRIPT.matcher(html).find()).as("inline script on " + page.getKey()).isFalse();
			assertThat(EVENT_HANDLER.matcher(html).find()).as("event handler on " + page.getKey()).isFalse();
			assertThat(INLINE_STYLE.matcher(html).find()).as("inline style on " + page.getKey()).isFalse();
		}
	}

	@Test
	void theApiAndDownloadsCarryThemToo() throws Exception {
		for (String path : new String[] { "/api/me", "/actuator/health", "/v3/api-docs" }) {
			assertHeaders(path, mvc.perform(get(path).with(httpBasic("admin", "demo"))).andReturn().getResponse());
		}
		assertHeaders("unauthenticated API", mvc.perform(get("/api/me")).andReturn().getResponse());
	}

	private static void assertHeaders(String what, MockHttpServletResponse response) {
		String csp = response.getHeader("Content-Security-Policy");
		assertThat(csp).as(what)
			.isNotNull()
			.contains("script-src 'self'", "object-src 'none'", "frame-ancestors 'none'")
			.doesNotContain("unsafe-inline")
			.doesNotContain("unsafe-eval");
		assertThat(response.getHeader("Referrer-Policy")).as(what).isEqualTo("same-origin");
		assertThat(response.getHeader("Permissions-Policy")).as(what)
			.contains("camera=()", "microphone=()", "geolocation=()");
		assertThat(response.getHeader("X-Content-Type-Options")).as(what).isEqualTo("nosniff");
		assertThat(response.getHeader("X-Frame-Options")).as(what).isEqualTo("DENY");
	}

	/** Every page, by path, with the user who opens it (null: nobody signed in). */
	private Map<String, String> pages() {
		RoundOpened round = routes.open("305");
		long id = round.disclosures().get(0).id();
		routes.write("drafter-jy", id, Disclosures::wholeBudgetDisclosure);
		routes.complete("drafter-jy", id, "Task_DraftDisclosure", Decision.SUBMIT, "提交");
		routes.complete("leader-jy", id, "Task_LeaderSignOff", Decision.APPROVE, null);
		TaskView review = inbox.tasksOf(routes.actor("reviewer"), id).get(0);
		Map<String, String> pages = publicPages(firstPublished());
		pages.put("/disclosures", "drafter-jy");
		pages.put("/disclosures/new", "drafter-jy");
		for (String part : new String[] { "duties", "overview", "performance", "procurement", "assets", "glossary" }) {
			pages.put("/disclosures/" + id + "/parts/" + part, "reviewer");
		}
		pages.put("/disclosures/" + id + "/timeline", "reviewer");
		pages.put("/tasks", "reviewer");
		pages.put("/tasks/" + review.id(), "reviewer");
		pages.put("/imports", "drafter-jy");
		pages.put("/notifications", "drafter-jy");
		pages.put("/rounds", "supervisor");
		pages.put("/rounds/" + round.id(), "supervisor");
		return pages;
	}

	private long firstPublished() {
		return disclosures.list(Actor.SYSTEM, null, null)
			.stream()
			.filter(d -> d.state() == DisclosureState.PUBLISHED)
			.mapToLong(DisclosureSummary::id)
			.findFirst()
			.orElseThrow();
	}

	/** The pages anyone sees, in a map the signed-in pages are added to. */
	private static Map<String, String> publicPages(long published) {
		Map<String, String> pages = new LinkedHashMap<>();
		pages.put("/login", null);
		pages.put("/public", null);
		pages.put("/public/disclosures/" + published, null);
		pages.put("/public/disclosures/" + published + "/versions/1", null);
		pages.put("/public/disclosures/999999", null);
		return pages;
	}

}
