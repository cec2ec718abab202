package cn.budget.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

import cn.budget.IntegrationTest;
import cn.budget.support.DatabaseAgnostic;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/**
 * The seeds as a drafter meets them: imported through {@code POST /api/imports}, then
 * every finding the checks report with a link is followed to its part's drafting page,
 * where an element of that id must be, next to the panel's link to it (the grid and the
 * findings spell ids in one place, {@code content.ElementIds}).
 */
@IntegrationTest
@DatabaseAgnostic
class SeedFindingLinksIntegrationTests extends SeedChecksFixture {

	static final java.util.List<String> SEEDS = Seeds.ALL;

	@ParameterizedTest
	@FieldSource("SEEDS")
	void everyFindingsLinkLeadsToAnElementOfItsPartsPage(String seed) throws Exception {
		long id = importSeed(seed);
		JsonNode findings = json.readTree(read("/api/disclosures/" + id + "/checks"));
		Map<String, String> pages = new HashMap<>();
		int linked = 0;
		for (JsonNode finding : findings) {
			if (finding.hasNonNull("anchor")) {
				String part = finding.get("part").asText();
				String page = pages.computeIfAbsent(part, p -> read("/disclosures/" + id + "/parts/" + p));
				String anchor = finding.get("anchor").asText();
				assertThat(page).as(seed + " " + finding.get("rule").asText() + " " + anchor)
					.contains("id=\"" + anchor + "\"", "data-check-anchor=\"" + anchor + "\"");
				linked++;
			}
		}
		assertThat(linked).as(seed).isPositive();
	}

	private String read(String path) {
		try {
			return mvc.perform(get(path).with(httpBasic("drafter-ga", "demo")))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString(StandardCharsets.UTF_8);
		}
		catch (Exception ex) {
			throw new IllegalStateException(path, ex);
		}
	}

}
