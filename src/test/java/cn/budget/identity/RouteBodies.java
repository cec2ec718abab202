package cn.budget.identity;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.test.web.servlet.MockMvc;

/**
 * What the route matrix sends in its requests' bodies: texts never sent before, JSON and
 * the table template the import page offers. See {@link RouteRequests}.
 */
class RouteBodies {

	private final MockMvc mvc;

	private final ObjectMapper json;

	private byte[] tableTemplate;

	private int texts;

	RouteBodies(MockMvc mvc, ObjectMapper json) {
		this.mvc = mvc;
		this.json = json;
	}

	/**
	 * A text no call has sent before: posting what is stored already changes nothing, and
	 * a sub-unit drafter may post their page's parts unchanged.
	 */
	String newText(String text) {
		return text + "（" + ++texts + "）";
	}

	String json(Object body) throws Exception {
		return json.writeValueAsString(body);
	}

	/** The empty Excel template of the 三公 table, as the import page offers it. */
	byte[] tableTemplate() throws Exception {
		if (tableTemplate == null) {
			tableTemplate = mvc
				.perform(get("/imports/templates/BUDGET/three_public.xlsx").with(httpBasic("admin", "demo")))
				.andReturn()
				.getResponse()
				.getContentAsByteArray();
		}
		return tableTemplate;
	}

}
