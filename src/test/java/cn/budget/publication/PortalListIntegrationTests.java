package cn.budget.publication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.budget.IntegrationTest;
import cn.budget.Years;
import cn.budget.disclosure.DisclosureUpdate;
import cn.budget.disclosure.Disclosures;
import cn.budget.workflow.Corrections;
import cn.budget.workflow.Routes;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The portal's list reads its own rows, a page at a time: written with each published
 * version (a correction's new title appears only once it is published), filtered by year,
 * department and a literal search, and written at start for disclosures published before
 * the rows existed.
 */
@IntegrationTest
class PortalListIntegrationTests {

	private static final Pattern LINK = Pattern.compile("href=\"/public/disclosures/(\\d+)\"");

	@Autowired
	MockMvc mvc;

	@Autowired
	Routes routes;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	PublicationRendering rendering;

	@Autowired
	Corrections corrections;

	@Test
	void theListIsPagedAndFiltersAreKeptFromPageToPage() throws Exception {
		int year = Years.next();
		PublishedRows rows = new PublishedRows(jdbc, PublishedRows.FIRST_ID);
		try {
			rows.write(Portal.PAGE_SIZE + 5, List.of(year), "{}", Instant.parse("2026-03-20T02:00:00Z"));
			String first = list("/public?year=" + year);
			assertThat(links(first)).hasSize(Portal.PAGE_SIZE).startsWith(PublishedRows.FIRST_ID);
			assertThat(first).contains("第 1 页，共 2 页（55 份）")
				.doesNotContain("id=\"portal-previous\"")
				.containsPattern("id=\"portal-next\" href=\"/public\\?year=" + year + "&amp;[^\"]*page=2\"");
			String second = list("/public?year=" + year + "&page=2");
			assertThat(links(second)).hasSize(5).startsWith(PublishedRows.FIRST_ID + Portal.PAGE_SIZE);
			assertThat(second).contains("id=\"portal-previous\"").doesNotContain("id=\"portal-next\"");
			// Past the last page: an empty page, not an error.
			assertThat(links(list("/public?year=" + year + "&page=9"))).isEmpty();
			assertThat(links(list("/public?year=" + year + "&department=P0007")))
				.containsExactly(PublishedRows.FIRST_ID + 6);
			assertThat(links(list("/public?year=" + year + "&q=第12局"))).containsExactly(PublishedRows.FIRST_ID + 11);
			// The search is literal: a wildcard typed by a visitor matches only itself.
			assertThat(links(list("/public?year=" + year + "&q=%25"))).isEmpty();
			assertThat(links(list("/public?year=" + year + "&q=_"))).isEmpty();
		}
		finally {
			rows.delete();
		}
	}

	@Test
	void aCorrectionsTitleIsListedOnlyOnceItIsPublished() throws Exception {
		long id = publishedDisclosure();
		int year = routes.document(id).getFiscalYear();
		String first = routes.document(id).getTitle();
		corrections.start(routes.actor("drafter-jy"), id);
		routes.write("drafter-jy", id, doc -> {
			DisclosureUpdate update = new DisclosureUpdate();
			update.setVersion(doc.getVersion());
			update.setTitle(first + "（更正）");
			return update;
		});
		assertThat(list("/public?year=" + year)).contains(first).doesNotContain(first + "（更正）");
		mvc.perform(get("/public/disclosures/" + id + ".csv"))
			.andExpect(status().isOk())
			.andExpect(header().string(HttpHeaders.CONTENT_DISPOSITION, containsString("-v1.csv")));

		routes.submitSignReviewPublish("drafter-jy", "leader-jy", id, "更正标题");

		String list = list("/public?year=" + year);
		assertThat(links(list)).containsExactly(id);
		assertThat(list).contains(first + "（更正）");
		mvc.perform(get("/public/disclosures/" + id + ".csv"))
			.andExpect(status().isOk())
			.andExpect(header().string(HttpHeaders.CONTENT_DISPOSITION, containsString("-v2.csv")));
	}

	@Test
	void disclosuresPublishedBeforeTheListHadRowsAreListedAfterAStart() throws Exception {
		long id = publishedDisclosure();
		int year = routes.document(id).getFiscalYear();
		jdbc.update("delete from portal_entry where disclosure_id = ?", id);
		assertThat(links(list("/public?year=" + year))).isEmpty();

		// What a start does before the server takes requests: the files are stored, the
		// row is written.
		rendering.afterSingletonsInstantiated();

		String list = list("/public?year=" + year);
		assertThat(links(list)).containsExactly(id);
		assertThat(list).contains(routes.document(id).getTitle());
		mvc.perform(get("/public/disclosures/" + id + ".csv")).andExpect(status().isOk());
	}

	private long publishedDisclosure() {
		long id = routes.open("305").disclosures().get(0).id();
		routes.write("drafter-jy", id, Disclosures::wholeBudgetDisclosure);
		routes.submitSignReviewPublish("drafter-jy", "leader-jy", id, null);
		return id;
	}

	private String list(String url) throws Exception {
		return mvc.perform(get(url)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
	}

	private static List<Long> links(String page) {
		Matcher links = LINK.matcher(page);
		List<Long> ids = new java.util.ArrayList<>();
		while (links.find()) {
			ids.add(Long.parseLong(links.group(1)));
		}
		return ids;
	}

}
