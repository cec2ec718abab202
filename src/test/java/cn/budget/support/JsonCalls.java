package cn.budget.support;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultMatcher;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * A JSON API call through MockMvc as a demo user (HTTP Basic, password "demo"): the body
 * sent as JSON if given, the expected status checked, the answer read as JSON (null when
 * empty).
 */
public final class JsonCalls {

	private JsonCalls() {
	}

	public static JsonNode call(MockMvc mvc, ObjectMapper json, String user, MockHttpServletRequestBuilder request,
			String body, ResultMatcher expected) throws Exception {
		if (body != null) {
			request.contentType(MediaType.APPLICATION_JSON).content(body);
		}
		String response = mvc.perform(request.with(httpBasic(user, "demo")))
			.andExpect(expected)
			.andReturn()
			.getResponse()
			.getContentAsString();
		return response.isBlank() ? null : json.readTree(response);
	}

}
