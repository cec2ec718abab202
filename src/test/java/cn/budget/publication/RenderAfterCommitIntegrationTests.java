package cn.budget.publication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.budget.IntegrationTest;
import cn.budget.disclosure.DisclosureUpdate;
import cn.budget.disclosure.Disclosures;
import cn.budget.workflow.Corrections;
import cn.budget.workflow.Routes;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Files are rendered after the publication commits: a version whose render failed is
 * published (its route has ended) but nowhere on the portal, the failure is counted for
 * an alert, and the retry renders it and only then shows it. A correction whose render
 * failed leaves the portal on the previous version.
 */
@IntegrationTest
@Import({ Routes.class, FailingRenderers.class })
class RenderAfterCommitIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Routes routes;

	@Autowired
	PublicationRendering rendering;

	@Autowired
	Corrections corrections;

	@Autowired
	MeterRegistry registry;

	@Autowired
	FailingRenderers failing;

	@Test
	void aFailedRenderShowsNothingUntilTheRetryStoresEveryFile() throws Exception {
		long id = routes.open("305").disclosures().get(0).id();
		int year = routes.document(id).getFiscalYear();
		routes.write("drafter-jy", id, Disclosures::wholeBudgetDisclosure);
		double failures = failures();
		failing.on.set(true);
		routes.submitSignReviewPublish("drafter-jy", "leader-jy", id, null);

		assertThat(routes.document(id).getState().name()).isEqualTo("PUBLISHED");
		assertThat(failures()).isEqualTo(failures + 1);
		assertThat(rendering.pending()).containsEntry(id, 1);
		assertThat(list(year)).doesNotContain("/public/disclosures/" + id + "\"");
		mvc.perform(get("/public/disclosures/" + id)).andExpect(status().isNotFound());
		mvc.perform(get("/public/disclosures/" + id + ".pdf")).andExpect(status().isNotFound());
		mvc.perform(get("/public/disclosures/" + id + "/versions/1.csv")).andExpect(status().isNotFound());
		// Nor is Word or Excel rendered on request for a version whose files are missing.
		mvc.perform(get("/public/disclosures/" + id + "/versions/1.docx")).andExpect(status().isNotFound());
		mvc.perform(get("/public/disclosures/" + id + ".xlsx")).andExpect(status().isNotFound());

		failing.on.set(false);
		rendering.retry();

		assertThat(rendering.pending()).doesNotContainKey(id);
		assertThat(list(year)).contains("/public/disclosures/" + id + "\"");
		mvc.perform(get("/public/disclosures/" + id)).andExpect(status().isOk());
		for (String extension : new String[] { "pdf", "docx", "xlsx", "csv", "json", "txt", "md" }) {
			mvc.perform(get("/public/disclosures/" + id + "." + extension)).andExpect(status().isOk());
		}
	}

	@Test
	void aCorrectionWhoseRenderFailedLeavesThePortalOnThePreviousVersion() throws Exception {
		long id = routes.open("305").disclosures().get(0).id();
		routes.write("drafter-jy", id, Disclosures::wholeBudgetDisclosure);
		routes.submitSignReviewPublish("drafter-jy", "leader-jy", id, null);
		aCorrectionIsPublishedWhileRenderingFails(id);
		thePortalStaysOnTheFirstVersion(id);
		aRetryRendersTheCorrection(id);
	}

	private void aCorrectionIsPublishedWhileRenderingFails(long id) {
		corrections.start(routes.actor("drafter-jy"), id);
		routes.write("drafter-jy", id, doc -> {
			DisclosureUpdate update = new DisclosureUpdate();
			update.setVersion(doc.getVersion());
			update.setTitle(doc.getTitle() + "（更正）");
			return update;
		});
		failing.on.set(true);
		try {
			routes.submitSignReviewPublish("drafter-jy", "leader-jy", id, "更正标题");
		}
		finally {
			failing.on.set(false);
		}
	}

	private void thePortalStaysOnTheFirstVersion(long id) throws Exception {
		String page = mvc.perform(get("/public/disclosures/" + id))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).doesNotContain("（更正）");
		mvc.perform(get("/public/disclosures/" + id + "/versions/2")).andExpect(status().isNotFound());
		assertThat(mvc.perform(get("/public/disclosures/" + id + ".csv"))
			.andReturn()
			.getResponse()
			.getHeader("Content-Disposition")).contains("-v1.csv");
	}

	private void aRetryRendersTheCorrection(long id) throws Exception {
		rendering.retry();

		assertThat(mvc.perform(get("/public/disclosures/" + id))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString()).contains("（更正）");
		assertThat(mvc.perform(get("/public/disclosures/" + id + ".csv"))
			.andReturn()
			.getResponse()
			.getHeader("Content-Disposition")).contains("-v2.csv");
	}

	private String list(int year) throws Exception {
		return mvc.perform(get("/public?year=" + year))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	private double failures() {
		return FailingRenderers.failures(registry);
	}

}
