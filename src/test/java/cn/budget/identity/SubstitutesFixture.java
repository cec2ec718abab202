package cn.budget.identity;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * What the tests of naming substitutes share: the second leader of 县教育局, made before each
 * test, and the call that names a substitute through the API.
 */
abstract class SubstitutesFixture {

	@Autowired
	MockMvc mvc;

	@Autowired
	ObjectMapper json;

	@Autowired
	Colleagues colleagues;

	@BeforeEach
	void secondLeader() {
		colleagues.leader(Colleagues.SECOND_LEADER, "305");
	}

	ResultActions name(String user, String substitute, String from, String to) throws Exception {
		return mvc.perform(post("/api/me/substitutes").with(httpBasic(user, "demo"))
			.contentType(MediaType.APPLICATION_JSON)
			.content(body(substitute, from, to)));
	}

	void refused(String user, String substitute, String from, String to, String message) throws Exception {
		name(user, substitute, from, to).andExpect(status().isUnprocessableEntity())
			.andExpect(jsonPath("$.detail").value(containsString(message)));
	}

	static String body(String substitute, String from, String to) {
		return "{\"substitute\":\"" + substitute + "\",\"from\":\"" + from + "\",\"to\":\"" + to + "\"}";
	}

}
