package cn.budget.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;

import cn.budget.IntegrationTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Departments and units through {@code /api/admin/units}: created, renamed, moved,
 * deactivated and reactivated, each change an audit event with old → new; refusals
 * 400/404/409 in the caller's language. Its departments end deactivated, so the shared
 * context's rounds never meet them.
 */
@IntegrationTest
class OrganisationApiIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Directory directory;

	final ObjectMapper json = new ObjectMapper();

	@Test
	void departmentsAndUnitsAreCreatedRenamedMovedAndDeactivated() throws Exception {
		call(post("/api/admin/units"), "supervisor", unit("Q711", "县水利局", null, "行政单位", "全额拨款", null))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.department").value(true))
			.andExpect(jsonPath("$.nature").value("ADMINISTRATIVE"))
			.andExpect(jsonPath("$.fundingForm").value("FULL"));
		call(post("/api/admin/units"), "admin", unit("Q712", "县林业局", null, null, null, null))
			.andExpect(status().isCreated());
		call(post("/api/admin/units"), "admin", unit("Q711001", "县水利局本级", "Q711", "行政", "财政拨款", null))
			.andExpect(jsonPath("$.mainUnit").value(true));
		call(post("/api/admin/units"), "supervisor", unit("Q711002", "水文站", "Q711", "事业单位", "差额拨款", null))
			.andExpect(jsonPath("$.mainUnit").value(false))
			.andExpect(jsonPath("$.parentCode").value("Q711"));
		aDepartmentIsRenamedAndAUnitMoved();
		departmentsAreDeactivated();
		theChangesAndTheListShowItAll();
	}

	private void aDepartmentIsRenamedAndAUnitMoved() throws Exception {
		assertThat(directory.departmentName("Q711")).isEqualTo("县水利局");
		call(put("/api/admin/units/Q711"), "admin", unit(null, "县水务局", null, "行政单位", "财政拨款", null))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.name").value("县水务局"));
		assertThat(directory.departmentName("Q711")).as("the cache forgets a renamed department").isEqualTo("县水务局");
		call(put("/api/admin/units/Q711002"), "supervisor", unit("Q711002", "水文站", "Q712", "事业单位", "差额拨款", null))
			.andExpect(jsonPath("$.parentCode").value("Q712"));
		assertThat(directory.unitsOf("Q712")).extracting(UnitInfo::code).containsExactly("Q711002");
	}

	private void departmentsAreDeactivated() throws Exception {
		call(put("/api/admin/units/Q712"), "admin", unit(null, "县林业局", null, null, null, false))
			.andExpect(jsonPath("$.active").value(false));
		assertThat(directory.budgetDepartments()).extracting(DepartmentInfo::code).doesNotContain("Q712");
		assertThat(directory.department("Q712")).as("still known by name").isPresent();
		call(put("/api/admin/units/Q711"), "admin", unit(null, "县水务局", null, "行政单位", "财政拨款", false));
	}

	private void theChangesAndTheListShowItAll() throws Exception {
		assertThat(changes("Q711")).contains("UNIT_CREATED name null → 县水利局", "UNIT_CHANGED name 县水利局 → 县水务局",
				"UNIT_CHANGED active true → false");
		assertThat(changes("Q711002")).contains("UNIT_CHANGED parentCode Q711 → Q712");
		assertThat(changes("Q711002")).filteredOn(c -> c.startsWith("UNIT_CHANGED")).hasSize(1);
		JsonNode listed = body(call(get("/api/admin/units"), "supervisor", null).andExpect(status().isOk()));
		assertThat(listed.findValuesAsText("code")).contains("Q711", "Q711001", "Q711002", "Q712", "312");
	}

	@Test
	void badDataIsRefusedWithItsReasonInTheCallersLanguage() throws Exception {
		call(post("/api/admin/units"), "admin", unit("Q713", "县审计局", null, null, null, null));
		expect(post("/api/admin/units"), unit("Q 713", "名称", null, null, null, null), 400, "code", "编码\"Q 713\"无效",
				"Code \"Q 713\" is not valid");
		expect(post("/api/admin/units"), unit("Q713", "重复", null, null, null, null), 409, "code", "已被其他部门或单位使用",
				"already used");
		expect(post("/api/admin/units"), unit("Q713009", "x".repeat(201), "Q713", null, null, null), 400, "name",
				"最多 200 个字符", "at most 200 characters");
		expect(post("/api/admin/units"), unit("Q713009", "站", "Q799", null, null, null), 400, "parentCode", "不是已有的部门",
				"not an existing department");
		expect(post("/api/admin/units"), unit("Q713009", "站", "Q713", "国企", null, null), 400, "nature", "单位性质",
				"Unit nature");
		expect(put("/api/admin/units/Q799"), unit(null, "无", null, null, null, null), 404, "code", "没有编码为 Q799",
				"no department or unit with code Q799");
		expect(put("/api/admin/units/Q713"), unit(null, "县审计局", "312", null, null, null), 409, "parentCode",
				"不能改为其他部门的单位", "cannot become a unit");
		expect(put("/api/admin/units/312001"), unit(null, "县公安局本级", "305", null, null, null), 409, "parentCode", "本级单位",
				"main unit");
		mvc.perform(post("/api/admin/units").with(httpBasic("admin", "demo"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"code\": ")).andExpect(status().isBadRequest());
		call(put("/api/admin/units/Q713"), "admin", unit(null, "县审计局", null, null, null, false));
	}

	@Test
	void supervisorsManageTheCountysDepartmentsNotTheFinanceBureau() throws Exception {
		call(put("/api/admin/units/201"), "supervisor", unit(null, "县财政局", null, null, null, null))
			.andExpect(status().isForbidden());
		call(post("/api/admin/units"), "supervisor", unit("201009", "国库支付中心", "201", null, null, null))
			.andExpect(status().isForbidden());
		for (String user : List.of("drafter-ga", "leader-ga", "reviewer")) {
			call(get("/api/admin/units"), user, null).andExpect(status().isForbidden());
			call(post("/api/admin/units"), user, unit("Q714", "县统计局", null, null, null, null))
				.andExpect(status().isForbidden());
			call(put("/api/admin/units/312"), user, unit(null, "县公安局", null, null, null, null))
				.andExpect(status().isForbidden());
		}
		assertThat(directory.department("Q714")).isEmpty();
	}

	private void expect(MockHttpServletRequestBuilder request, String body, int status, String field, String chinese,
			String english) throws Exception {
		JsonNode zh = body(mvc
			.perform(request.with(httpBasic("admin", "demo")).contentType(MediaType.APPLICATION_JSON).content(body))
			.andExpect(status().is(status)));
		assertThat(zh.get("detail").asText()).contains(chinese);
		assertThat(zh.get("field").asText()).isEqualTo(field);
		JsonNode en = body(mvc
			.perform(request.with(httpBasic("admin", "demo"))
				.header("Accept-Language", "en")
				.contentType(MediaType.APPLICATION_JSON)
				.content(body))
			.andExpect(status().is(status)));
		assertThat(en.get("detail").asText()).contains(english);
	}

	private List<String> changes(String subject) throws Exception {
		JsonNode all = body(call(get("/api/admin/organisation/changes"), "admin", null).andExpect(status().isOk()));
		List<String> found = new java.util.ArrayList<>();
		all.forEach(c -> {
			if (subject.equals(c.path("subject").asText())) {
				assertThat(c.path("actor").asText()).isIn("admin", "supervisor");
				found.add(c.path("kind").asText() + " " + c.path("field").asText() + " " + c.path("from").asText("null")
						+ " → " + c.path("to").asText("null"));
			}
		});
		return found;
	}

	private ResultActions call(MockHttpServletRequestBuilder request, String user, String body) throws Exception {
		request.with(httpBasic(user, "demo"));
		if (body != null) {
			request.contentType(MediaType.APPLICATION_JSON).content(body);
		}
		return mvc.perform(request);
	}

	private JsonNode body(ResultActions result) throws Exception {
		return json.readTree(result.andReturn().getResponse().getContentAsByteArray());
	}

	private String unit(String code, String name, String parent, String nature, String form, Boolean active)
			throws Exception {
		Map<String, Object> body = new java.util.LinkedHashMap<>();
		body.put("code", code);
		body.put("name", name);
		body.put("parentCode", parent);
		body.put("nature", nature);
		body.put("fundingForm", form);
		body.put("active", active);
		return json.writeValueAsString(body);
	}

}
