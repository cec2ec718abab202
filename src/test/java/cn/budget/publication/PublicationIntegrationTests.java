package cn.budget.publication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import cn.budget.IntegrationTest;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/**
 * Only published versions are public, and confidential values never appear in any
 * published format. Corrections are {@link CorrectionPublicationIntegrationTests}.
 */
@IntegrationTest
class PublicationIntegrationTests extends PublicationFixture {

	@Test
	void aDraftIsNowherePublic() throws Exception {
		long id = routes.open("305").disclosures().get(0).id();
		mvc.perform(get("/public/disclosures/" + id)).andExpect(status().isNotFound());
		mvc.perform(get("/public/disclosures/" + id + "/versions/1")).andExpect(status().isNotFound());
		for (String extension : files.extensions()) {
			mvc.perform(get("/public/disclosures/" + id + "." + extension)).andExpect(status().isNotFound());
		}
		String list = mvc.perform(get("/public")).andReturn().getResponse().getContentAsString();
		assertThat(list).doesNotContain("/public/disclosures/" + id + "\"");
	}

	@Test
	void confidentialValuesNeverReachAnyPublishedFormat() throws Exception {
		long id = publishedWithSecret();
		String page = mvc.perform(get("/public/disclosures/" + id))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("****").doesNotContain(SECRET).doesNotContain("4,321.98");
		assertThat(files.extensions()).contains("docx", "xlsx", "pdf", "json", "csv");
		for (String extension : files.extensions()) {
			byte[] content = mvc.perform(get("/public/disclosures/" + id + "." + extension))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsByteArray();
			// Without white space, so that a value wrapped in a narrow PDF cell is still
			// found.
			assertThat(PublishedText.of(extension, content).replaceAll("\\s", "")).as(extension)
				.contains("761.5")
				.doesNotContain(SECRET)
				.doesNotContain("4,321.98")
				.doesNotContain("4321.98");
		}
		theDataFilesMarkTheMaskAndKeepTheirOrder(id);
	}

	private void theDataFilesMarkTheMaskAndKeepTheirOrder(long id) throws Exception {
		String json = new String(files.find(id, 1, "json").orElseThrow().content(), StandardCharsets.UTF_8);
		assertThat(json).contains("\"masked\" : true").contains("fiscal-data-package");
		// Written in a fixed order: the same publication is the same bytes in every JVM.
		List<String> keys = new ArrayList<>();
		new ObjectMapper().readTree(json).get("model").get("dimensions").fieldNames().forEachRemaining(keys::add);
		assertThat(keys).containsExactly("classification", "phase");
		String csv = new String(files.find(id, 1, "csv").orElseThrow().content(), StandardCharsets.UTF_8);
		assertThat(csv).contains("8319.42").contains(",true");
	}

}
