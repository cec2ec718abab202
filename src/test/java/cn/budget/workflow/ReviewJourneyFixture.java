package cn.budget.workflow;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.stream.StreamSupport;

import cn.budget.disclosure.DisclosureDocument;
import cn.budget.disclosure.DisclosureUpdate;
import cn.budget.disclosure.PartContent;
import cn.budget.support.JsonCalls;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultMatcher;

/**
 * The calls of the API that the review journey makes at every step, through MockMvc as
 * the demo users: the tasks of a person, completing one, reading and writing a
 * disclosure.
 */
abstract class ReviewJourneyFixture {

	@Autowired
	MockMvc mvc;

	@Autowired
	ObjectMapper json;

	@Autowired
	JdbcTemplate jdbc;

	String task(String user, long disclosureId, String taskKey) throws Exception {
		return tasksOf(user).stream()
			.filter(t -> t.get("disclosureId").asLong() == disclosureId && t.get("taskKey").asText().equals(taskKey))
			.findFirst()
			.orElseThrow(() -> new AssertionError(user + " has no " + taskKey))
			.get("id")
			.asText();
	}

	List<JsonNode> tasksOf(String user) throws Exception {
		return StreamSupport.stream(call(user, get("/api/tasks"), null, status().isOk()).spliterator(), false).toList();
	}

	void complete(String user, String taskId, String decision, String comment, ResultMatcher expected)
			throws Exception {
		String body = json.writeValueAsString(new java.util.HashMap<>(java.util.Map.of("decision", decision)) {
			{
				if (comment != null) {
					put("comment", comment);
				}
			}
		});
		mvc.perform(post("/api/tasks/" + taskId + "/complete").with(httpBasic(user, "demo"))
			.contentType(MediaType.APPLICATION_JSON)
			.content(body)).andExpect(expected);
	}

	DisclosureDocument document(long id) throws Exception {
		return json.treeToValue(call("drafter-ga", get("/api/disclosures/" + id), null, status().isOk()),
				DisclosureDocument.class);
	}

	void write(String user, long id, DisclosureUpdate update) throws Exception {
		call(user, put("/api/disclosures/" + id), json.writeValueAsString(update), status().isOk());
	}

	static DisclosureUpdate update(DisclosureDocument document, String partKey) {
		DisclosureUpdate update = new DisclosureUpdate();
		update.setVersion(document.getVersion());
		PartContent part = document.part(partKey).orElseThrow();
		update.getParts().add(part);
		return update;
	}

	JsonNode call(String user, org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request,
			String body, ResultMatcher expected) throws Exception {
		return JsonCalls.call(mvc, json, user, request, body, expected);
	}

}
