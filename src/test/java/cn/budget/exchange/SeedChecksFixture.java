package cn.budget.exchange;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import cn.budget.Years;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * What the tests of the seeds' checks share: a seed imported through
 * {@code POST /api/imports}, and its checks read through {@code GET
 * /api/disclosures/{id}/checks}.
 */
abstract class SeedChecksFixture {

	@Autowired
	MockMvc mvc;

	@Autowired
	ObjectMapper json;

	long importSeed(String seed) throws Exception {
		return importAnswer(seed).at("/disclosure/id").asLong();
	}

	JsonNode importAnswer(String seed) throws Exception {
		String answer = mvc
			.perform(multipart("/api/imports").file(ImportApiIntegrationTests.seed(seed))
				.param("fiscalYear", String.valueOf(Years.next()))
				.with(httpBasic("drafter-ga", "demo")))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		return json.readTree(answer);
	}

	static JsonNode part(JsonNode parts, String key) {
		for (JsonNode part : parts) {
			if (key.equals(part.path("key").asText(null)) || key.equals(part.path("part").asText(null))) {
				return part;
			}
		}
		throw new AssertionError("no part " + key + " in " + parts);
	}

	List<JsonNode> errors(long id, Locale locale) throws Exception {
		String answer = mvc
			.perform(get("/api/disclosures/" + id + "/checks").locale(locale)
				.header("Accept-Language", locale.toLanguageTag())
				.with(httpBasic("drafter-ga", "demo")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		List<JsonNode> errors = new ArrayList<>();
		json.readTree(answer).forEach(f -> {
			if ("ERROR".equals(f.get("severity").asText())) {
				errors.add(f);
			}
		});
		return errors;
	}

	static List<String> rules(List<JsonNode> findings) {
		return findings.stream().map(f -> f.get("rule").asText()).toList();
	}

}
