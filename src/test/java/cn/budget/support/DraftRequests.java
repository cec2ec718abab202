package cn.budget.support;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.budget.Years;
import cn.budget.disclosure.DisclosureDocument;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A new draft created as a drafter's client creates it: {@code POST /api/disclosures},
 * next year.
 */
public final class DraftRequests {

	private DraftRequests() {
	}

	public static DisclosureDocument create(MockMvc mvc, ObjectMapper json, String drafter, String department,
			String template) throws Exception {
		String body = mvc
			.perform(post("/api/disclosures").with(httpBasic(drafter, "demo"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"departmentCode\":\"" + department + "\",\"fiscalYear\":" + Years.next()
						+ ",\"template\":\"" + template + "\"}"))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return json.readValue(body, DisclosureDocument.class);
	}

}
