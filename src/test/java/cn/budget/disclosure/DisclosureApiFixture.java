package cn.budget.disclosure;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.budget.support.DraftRequests;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/**
 * What the tests of the disclosure API share: a draft created through the API, and its
 * document read and written back as the API's clients do.
 */
abstract class DisclosureApiFixture {

	@Autowired
	MockMvc mvc;

	@Autowired
	ObjectMapper json;

	DisclosureDocument create(String template) throws Exception {
		return DraftRequests.create(mvc, json, "drafter-ga", "312", template);
	}

	DisclosureDocument read(long id) throws Exception {
		String body = mvc.perform(get("/api/disclosures/" + id).with(httpBasic("drafter-ga", "demo")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return json.readValue(body, DisclosureDocument.class);
	}

	DisclosureDocument write(long id, DisclosureUpdate update) throws Exception {
		return write(id, update, "drafter-ga");
	}

	DisclosureDocument write(long id, DisclosureUpdate update, String user) throws Exception {
		String body = mvc
			.perform(put("/api/disclosures/" + id).with(httpBasic(user, "demo"))
				.contentType(MediaType.APPLICATION_JSON)
				.content(json.writeValueAsString(update)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return json.readValue(body, DisclosureDocument.class);
	}

}
