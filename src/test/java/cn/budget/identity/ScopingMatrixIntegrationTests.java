package cn.budget.identity;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.HashMap;
import java.util.Map;

import cn.budget.disclosure.Disclosures;
import cn.budget.IntegrationTest;
import cn.budget.Years;
import cn.budget.disclosure.DisclosureDocument;
import cn.budget.disclosure.DisclosureDrafting;
import cn.budget.disclosure.DisclosureUpdate;
import cn.budget.content.MeasureUnit;
import cn.budget.disclosure.NewDisclosure;
import cn.budget.disclosure.PartContent;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The other way round from {@link RouteAccessMatrixIntegrationTests}, which calls every
 * route on resources of 公安局 (312): a disclosure of 教育局 (305), read and written by page
 * and by API, is its own people's and the finance bureau's, and 312's users find nothing
 * (404); lists show only the caller's department; Camunda's REST API, not a route of
 * ours, is for administrators only.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ScopingMatrixIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	DisclosureDrafting drafting;

	@Autowired
	ObjectMapper json;

	final Map<String, DisclosureDocument> disclosures = new HashMap<>();

	@BeforeAll
	void createOneDisclosurePerDepartment() {
		int year = Years.next();
		disclosures.put("312", Disclosures.document(drafting.create(Actor.system("test"),
				new NewDisclosure("312", year, "BUDGET", MeasureUnit.WAN_YUAN.label()))));
		disclosures.put("305", Disclosures.document(drafting.create(Actor.system("test"),
				new NewDisclosure("305", year, "BUDGET", MeasureUnit.WAN_YUAN.label()))));
	}

	@ParameterizedTest(name = "{0} reads {1} by API: {2}, by page: {3}")
	@CsvSource({ "drafter-ga, 305, 404, 404", "drafter-jj, 305, 404, 404", "drafter-ks, 305, 404, 404",
			"leader-ga, 305, 404, 404", "drafter-jy, 305, 200, 200", "leader-jy, 305, 200, 200",
			"reviewer, 305, 200, 200", "supervisor, 305, 200, 200", "admin, 305, 200, 200" })
	void read(String user, String department, int api, int page) throws Exception {
		long id = disclosures.get(department).getId();
		mvc.perform(get("/api/disclosures/" + id).with(httpBasic(user, "demo"))).andExpect(status().is(api));
		mvc.perform(get("/disclosures/" + id + "/parts/duties").with(httpBasic(user, "demo")))
			.andExpect(status().is(page));
	}

	@ParameterizedTest(name = "{0} changes the texts of {1} by API: {2}, by page: {3}")
	@CsvSource({ "drafter-ga, 305, 404, 404", "drafter-jj, 305, 404, 404", "leader-ga, 305, 404, 404",
			"drafter-jy, 305, 200, 302", "leader-jy, 305, 403, 403", "reviewer, 305, 403, 403",
			"supervisor, 305, 403, 403", "admin, 305, 200, 302" })
	void write(String user, String department, int api, int page) throws Exception {
		long id = disclosures.get(department).getId();
		long version = currentVersion(id);
		DisclosureUpdate update = new DisclosureUpdate();
		update.setVersion(version);
		PartContent duties = new PartContent("duties");
		duties.field("organisation").setValue("机构设置（" + user + "）");
		update.getParts().add(duties);
		mvc.perform(put("/api/disclosures/" + id).with(httpBasic(user, "demo"))
			.contentType(MediaType.APPLICATION_JSON)
			.content(json.writeValueAsString(update))).andExpect(status().is(api));
		mvc.perform(post("/disclosures/" + id + "/parts/other_matters").with(httpBasic(user, "demo"))
			.with(csrf())
			.param("version", String.valueOf(currentVersion(id)))
			.param("fields[other_text].value", "无其他需要说明的事项（" + user + "）")).andExpect(status().is(page));
	}

	@ParameterizedTest(name = "{0} creates a disclosure of {1}: {2}")
	@CsvSource({ "drafter-ga, 305, 403", "drafter-jy, 305, 201", "leader-jy, 305, 403", "reviewer, 305, 403",
			"supervisor, 305, 201" })
	void create(String user, String department, int expected) throws Exception {
		mvc.perform(post("/api/disclosures").with(httpBasic(user, "demo"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"departmentCode\":\"" + department + "\",\"fiscalYear\":" + Years.next()
					+ ",\"template\":\"PERFORMANCE\"}"))
			.andExpect(status().is(expected));
	}

	@ParameterizedTest(name = "{0} lists only {1}")
	@CsvSource({ "drafter-ga, 312", "drafter-jj, 312", "leader-ga, 312", "drafter-jy, 305", "leader-jy, 305" })
	void listsOnlyTheirDepartment(String user, String department) throws Exception {
		String foreign = "312".equals(department) ? "305" : "312";
		String body = mvc.perform(get("/api/disclosures").with(httpBasic(user, "demo")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		org.assertj.core.api.Assertions.assertThat(body)
			.contains("\"departmentCode\":\"" + department + "\"")
			.doesNotContain("\"departmentCode\":\"" + foreign + "\"");
		String page = mvc.perform(get("/disclosures").with(httpBasic(user, "demo")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		org.assertj.core.api.Assertions.assertThat(page)
			.contains("/disclosures/" + disclosures.get(department).getId() + "\"")
			.doesNotContain("/disclosures/" + disclosures.get(foreign).getId() + "\"");
	}

	/** Administrators pass; the web server test shows what they reach there. */
	@ParameterizedTest(name = "{0} is kept out of Camunda: {1}")
	@CsvSource({ "supervisor, 403", "reviewer, 403", "leader-ga, 403", "drafter-ga, 403" })
	void camundaIsForAdministratorsOnly(String user, int expected) throws Exception {
		mvc.perform(get("/engine-rest/engine").with(httpBasic(user, "demo"))).andExpect(status().is(expected));
	}

	private long currentVersion(long id) throws Exception {
		String body = mvc.perform(get("/api/disclosures/" + id).with(httpBasic("admin", "demo")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		return json.readTree(body).get("version").asLong();
	}

}
