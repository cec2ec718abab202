package cn.budget.identity;

import static cn.budget.identity.XssCorpus.ALL;
import static cn.budget.identity.XssCorpus.assertSafePage;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.StreamSupport;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultMatcher;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The calls the corpus test makes: pages it checks are escaped, downloads, tasks
 * completed with the corpus as their comment, JSON calls.
 */
abstract class XssCorpusFixture {

	@Autowired
	MockMvc mvc;

	@Autowired
	ObjectMapper json;

	void page(String user, String path, boolean showsTexts) throws Exception {
		MockHttpServletRequestBuilder request = get(path);
		if (user != null) {
			request.with(httpBasic(user, "demo"));
		}
		String html = mvc.perform(request)
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertSafePage(user + " " + path, html, showsTexts);
	}

	byte[] download(String user, String path) throws Exception {
		MockHttpServletRequestBuilder request = get(path);
		if (user != null) {
			request.with(httpBasic(user, "demo"));
		}
		return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
	}

	/**
	 * Completes the task with the corpus as the comment (a SUBMIT's explanation, a
	 * RETURN's reason).
	 */
	void complete(String user, long id, String taskKey, String decision) throws Exception {
		call(user, post("/api/tasks/" + task(user, id, taskKey) + "/complete"),
				Map.of("decision", decision, "comment", ALL), status().isNoContent());
	}

	String task(String user, long id, String taskKey) throws Exception {
		return StreamSupport.stream(call(user, get("/api/tasks"), null, status().isOk()).spliterator(), false)
			.filter(t -> t.get("disclosureId").asLong() == id && t.get("taskKey").asText().equals(taskKey))
			.findFirst()
			.orElseThrow(() -> new AssertionError(user + " has no " + taskKey))
			.get("id")
			.asText();
	}

	JsonNode call(String user, MockHttpServletRequestBuilder request, Object body, ResultMatcher expected)
			throws Exception {
		if (body != null) {
			request.contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(body));
		}
		String response = mvc.perform(request.with(httpBasic(user, "demo")))
			.andExpect(expected)
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		return response.isBlank() ? json.nullNode() : json.readTree(response);
	}

}
