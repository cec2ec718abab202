package cn.budget.publication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.budget.IntegrationTest;
import cn.budget.disclosure.Disclosures;
import cn.budget.workflow.Routes;
import jakarta.servlet.http.Cookie;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A download rendered on request that fails answers 503 with a page in the reader's
 * language, never the exception, and is counted for the render-failure alert; the version
 * stays on the portal, and the next download that renders is served.
 */
@IntegrationTest
@Import({ Routes.class, FailingRenderers.class })
class OnRequestFailureIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Routes routes;

	@Autowired
	MeterRegistry registry;

	@Autowired
	FailingRenderers failing;

	@Autowired
	OnRequestRenders renders;

	@Test
	void aFailedRenderOnRequestAnswersAnErrorPageAndIsCounted() throws Exception {
		long id = routes.open("305").disclosures().get(0).id();
		routes.write("drafter-jy", id, Disclosures::wholeBudgetDisclosure);
		routes.submitSignReviewPublish("drafter-jy", "leader-jy", id, null);
		double failures = failures();
		failing.onRequest.set(true);
		try {
			assertThat(page(id, "zh_CN")).contains("暂时无法生成该文件").doesNotContain("Exception");
			assertThat(page(id, "en")).contains("cannot be produced at the moment").doesNotContain("Exception");
		}
		finally {
			failing.onRequest.set(false);
		}
		assertThat(failures()).isEqualTo(failures + 2);
		assertThat(renders.freeSlots()).as("a failed render gives its slot back").isEqualTo(2);
		mvc.perform(get("/public/disclosures/" + id)).andExpect(status().isOk());

		mvc.perform(get("/public/disclosures/" + id + ".md")).andExpect(status().isOk());
	}

	private String page(long id, String language) throws Exception {
		// Pages speak the language chosen on the site (its cookie), zh-CN without one.
		return mvc.perform(get("/public/disclosures/" + id + ".md").cookie(new Cookie("lang", language)))
			.andExpect(status().isServiceUnavailable())
			.andExpect(header().string("Retry-After", "30"))
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	private double failures() {
		return FailingRenderers.failures(registry);
	}

}
