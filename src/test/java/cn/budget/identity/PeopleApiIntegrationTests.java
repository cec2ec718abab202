package cn.budget.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import cn.budget.IntegrationTest;
import cn.budget.workflow.Decision;
import cn.budget.workflow.Routes;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * People through {@code /api/admin/users}: placed where their role belongs, refused with
 * reasons, deactivated without losing their name in history, and only administrators
 * manage them.
 */
@IntegrationTest
class PeopleApiIntegrationTests {

	static final String PASSWORD = "Kx9-river-lantern-42";

	@Autowired
	MockMvc mvc;

	@Autowired
	Directory directory;

	@Autowired
	Accounts accounts;

	@Autowired
	Routes routes;

	@Test
	void aDeactivatedReviewerCannotSignInButHistoryStillNamesHim() throws Exception {
		call(post("/api/admin/users"), "admin", person("q-reviewer", "审核员乙", "财政审核员", "201", null))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.role").value("REVIEWER"))
			.andExpect(jsonPath("$.password").doesNotExist());
		accounts.setChosenPassword("admin", "q-reviewer", PASSWORD);
		mvc.perform(get("/api/me").with(httpBasic("q-reviewer", PASSWORD))).andExpect(status().isOk());
		long id = heReviewsAndClaimsTheResubmission();
		heIsDeactivated();
		heCannotSignInAndHisTaskGoesBack(id);
		theTimelineAndTheChangesStillNameHim(id);
	}

	private long heReviewsAndClaimsTheResubmission() throws Exception {
		long id = routes.open("312").disclosures().get(0).id();
		routes.submitOfThePolice(id);
		routes.complete("leader-ga", id, "Task_LeaderSignOff", Decision.APPROVE, null);
		routes.complete("q-reviewer", id, "Task_FinanceReview", Decision.RETURN, "请补充说明");
		routes.submitOfThePolice(id);
		if (routes.task("leader-ga", id, "Task_LeaderSignOff").isPresent()) {
			routes.complete("leader-ga", id, "Task_LeaderSignOff", Decision.APPROVE, null);
		}
		String review = routes.task("q-reviewer", id, "Task_FinanceReview").orElseThrow().id();
		mvc.perform(post("/api/tasks/" + review + "/claim").with(httpBasic("q-reviewer", PASSWORD)))
			.andExpect(status().is2xxSuccessful());
		return id;
	}

	private void heIsDeactivated() throws Exception {
		call(put("/api/admin/users/q-reviewer"), "admin",
				"{\"displayName\":\"审核员乙\",\"role\":\"REVIEWER\"," + "\"unitCode\":\"201\",\"active\":false}")
			.andExpect(jsonPath("$.active").value(false));
	}

	private void heCannotSignInAndHisTaskGoesBack(long id) throws Exception {
		mvc.perform(get("/api/me").with(httpBasic("q-reviewer", PASSWORD))).andExpect(status().isUnauthorized());
		mvc.perform(formLogin("/login").user("q-reviewer").password(PASSWORD)).andExpect(redirectedUrl("/login?error"));
		assertThat(routes.task("reviewer", id, "Task_FinanceReview").orElseThrow().assignee())
			.as("his claimed task went back to the reviewers")
			.isNull();
		assertThat(directory.usersFor(Role.REVIEWER, "312")).extracting(UserInfo::username)
			.doesNotContain("q-reviewer");
	}

	private void theTimelineAndTheChangesStillNameHim(long id) throws Exception {
		mvc.perform(get("/disclosures/" + id + "/timeline").with(httpBasic("admin", "demo")))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("审核员乙 (q-reviewer)")));
		String changes = call(get("/api/admin/organisation/changes"), "admin", null).andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(changes).contains("\"kind\":\"USER_CREATED\",\"subject\":\"q-reviewer\",\"field\":\"displayName\"")
			.contains(
					"\"kind\":\"USER_CHANGED\",\"subject\":\"q-reviewer\",\"field\":\"active\",\"from\":\"true\",\"to\":\"false\"");
	}

	@Test
	void peopleArePlacedWhereTheirRoleBelongs() throws Exception {
		call(post("/api/admin/units"), "admin", "{\"code\":\"Q721\",\"name\":\"县民政局\"}")
			.andExpect(status().isCreated());
		call(post("/api/admin/users"), "admin", person("q-drafter", "民政填报员", "DRAFTER", "Q721", "Initial-pass-2026"))
			.andExpect(jsonPath("$.unitCode").value("Q721001"))
			.andExpect(jsonPath("$.mustChangePassword").value(true));
		call(get("/api/admin/units"), "admin", null)
			.andExpect(jsonPath("$[?(@.code == 'Q721001')].name").value("县民政局本级"))
			.andExpect(jsonPath("$[?(@.code == 'Q721001')].mainUnit").value(true));
		assertThat(directory.actorOf("q-drafter").orElseThrow().draftsWholeDisclosureOf("Q721")).isTrue();
		call(post("/api/admin/users"), "admin", person("q-leader", "民政领导", "部门领导", "Q721", null))
			.andExpect(jsonPath("$.unitCode").value("Q721"));
		call(put("/api/admin/users/q-leader"), "admin", person("q-leader", "民政局领导", "UNIT_LEADER", "Q721", null))
			.andExpect(jsonPath("$.displayName").value("民政局领导"));
		call(put("/api/admin/units/Q721"), "admin", "{\"name\":\"县民政局\",\"active\":false}");
	}

	@Test
	void badPeopleAreRefusedWithReasons() throws Exception {
		refused(post("/api/admin/users"), person("q-bad", "审核员", "REVIEWER", "312", null), 400, "属于财政局",
				"belongs to the finance bureau");
		refused(post("/api/admin/users"), person("q-bad", "填报员", "DRAFTER", "201", null), 400, "属于预算部门",
				"belongs to a budget department");
		refused(post("/api/admin/users"), person("q-bad", "填报员", "BOSS", "312", null), 400, "角色\"BOSS\"无效",
				"Role \"BOSS\" is not valid");
		refused(post("/api/admin/users"), person("q bad", "填报员", "DRAFTER", "312", null), 400, "用户名\"q bad\"无效",
				"Username \"q bad\" is not valid");
		refused(post("/api/admin/users"), person("q-bad", "填报员", "DRAFTER", "Q799", null), 400, "没有编码为 Q799",
				"no department or unit with code Q799");
		refused(post("/api/admin/users"), "{\"username\":\"q-bad\",\"displayName\":\"x\",\"role\":\"DRAFTER\","
				+ "\"unitCode\":\"312\",\"email\":\"not-an-address\"}", 400, "邮箱", "E-mail");
		refused(post("/api/admin/users"), "{\"username\":\"q-bad\",\"displayName\":\"x\",\"role\":\"DRAFTER\","
				+ "\"unitCode\":\"312\",\"phone\":\"call me\"}", 400, "手机或电话", "Phone");
		refused(post("/api/admin/users"), person("drafter-ga", "重复", "DRAFTER", "312", null), 409, "已存在",
				"already exists");
		refused(put("/api/admin/users/q-nobody"), person(null, "无", "DRAFTER", "312", null), 404, "没有用户名为 q-nobody",
				"no person with username q-nobody");
		assertThat(directory.user("q-bad")).isEmpty();
	}

	@Test
	void onlyAdministratorsManagePeople() throws Exception {
		for (String user : List.of("supervisor", "reviewer", "leader-ga", "drafter-ga")) {
			call(get("/api/admin/users"), user, null).andExpect(status().isForbidden());
			call(post("/api/admin/users"), user, person("q-x", "某人", "DRAFTER", "312", null))
				.andExpect(status().isForbidden());
			call(put("/api/admin/users/drafter-ga"), user, person(null, "某人", "DRAFTER", "312", null))
				.andExpect(status().isForbidden());
			call(get("/api/admin/organisation/changes"), user, null).andExpect(status().isForbidden());
		}
		call(get("/api/admin/users"), "admin", null).andExpect(status().isOk())
			.andExpect(jsonPath("$[?(@.username == 'drafter-jj')].unitCode").value("312006"));
		assertThat(directory.user("q-x")).isEmpty();
	}

	private void refused(MockHttpServletRequestBuilder request, String body, int status, String chinese, String english)
			throws Exception {
		call(request, "admin", body).andExpect(status().is(status))
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString(chinese)));
		call(request.header("Accept-Language", "en"), "admin", body).andExpect(status().is(status))
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString(english)));
	}

	private ResultActions call(MockHttpServletRequestBuilder request, String user, String body) throws Exception {
		request.with(httpBasic(user, "demo"));
		if (body != null) {
			request.contentType(MediaType.APPLICATION_JSON).content(body);
		}
		return mvc.perform(request);
	}

	private static String person(String username, String name, String role, String unit, String password) {
		return "{" + (username == null ? "" : "\"username\":\"" + username + "\",") + "\"displayName\":\"" + name
				+ "\",\"role\":\"" + role + "\",\"unitCode\":\"" + unit + "\",\"email\":\"someone@county.example\","
				+ "\"phone\":\"0571-8888 6666\"" + (password == null ? "" : ",\"password\":\"" + password + "\"") + "}";
	}

}
