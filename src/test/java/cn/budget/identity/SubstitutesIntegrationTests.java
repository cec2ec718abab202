package cn.budget.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import cn.budget.TestClock;
import cn.budget.Years;
import cn.budget.disclosure.DisclosureDrafting;
import cn.budget.disclosure.DisclosureQueries;
import cn.budget.disclosure.Disclosures;
import cn.budget.workflow.Decision;
import cn.budget.workflow.Inbox;
import cn.budget.workflow.NewRound;
import cn.budget.workflow.Rounds;
import cn.budget.workflow.TaskCompletion;
import cn.budget.workflow.TaskView;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * Naming and cancelling substitutes through the API and the page, the rules they must
 * keep (in the user's language, 422 and never 500), and that a substitution never widens
 * anyone's access.
 */
@AbsenceTest
class SubstitutesIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ObjectMapper json;

	@Autowired
	Colleagues colleagues;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Rounds rounds;

	@Autowired
	Inbox inbox;

	@Autowired
	TaskCompletion completion;

	@Autowired
	DisclosureDrafting drafting;

	@Autowired
	DisclosureQueries queries;

	@Autowired
	Directory directory;

	@Autowired
	TestClock clock;

	@BeforeEach
	void secondLeader() {
		colleagues.leader(Colleagues.SECOND_LEADER, "305");
	}

	@Test
	void aPersonNamesListsAndCancelsTheirSubstitute() throws Exception {
		JsonNode named = json
			.readTree(name("leader-jy", "leader2-jy", "2027-01-04", "2027-01-08").andExpect(status().isCreated())
				.andExpect(jsonPath("$.substitute").value("leader2-jy"))
				.andReturn()
				.getResponse()
				.getContentAsString());
		mvc.perform(get("/api/me/substitutes").with(httpBasic("leader2-jy", "demo")))
			.andExpect(jsonPath("$[?(@.id == " + named.get("id") + ")].absent").value("leader-jy"));
		mvc.perform(delete("/api/me/substitutes/" + named.get("id")).with(httpBasic("leader2-jy", "demo")))
			.andExpect(status().isNotFound());
		mvc.perform(delete("/api/me/substitutes/" + named.get("id")).with(httpBasic("leader-jy", "demo")))
			.andExpect(status().isNoContent());
		name("leader-jy", "leader2-jy", "2027-01-04", "2027-01-08").andExpect(status().isCreated());
	}

	@Test
	void theRulesAreKeptWithAMessageInTheUsersLanguage() throws Exception {
		name("leader-jy", "leader2-jy", "2027-02-01", "2027-02-10").andExpect(status().isCreated());
		refused("leader-jy", "leader2-jy", "2027-02-10", "2027-02-12", "这段日期与已有的代理安排重叠");
		refused("leader-jy", "leader-ga", "2027-03-01", "2027-03-02", "必须与您属于同一单位、担任同一角色");
		refused("leader-jy", "drafter-jy", "2027-03-01", "2027-03-02", "必须与您属于同一单位、担任同一角色");
		refused("leader-jy", "leader-jy", "2027-03-01", "2027-03-02", "不能指定自己为代理人");
		refused("leader-jy", "nobody", "2027-03-01", "2027-03-02", "没有用户");
		refused("leader-jy", "leader2-jy", "2027-03-05", "2027-03-01", "结束日期不能早于开始日期");
		refused("leader-jy", "leader2-jy", "2026-01-01", "2026-01-02", "结束日期已经过去");
		mvc.perform(post("/api/me/substitutes").with(httpBasic("leader-jy", "demo"))
			.header("Accept-Language", "en")
			.contentType(MediaType.APPLICATION_JSON)
			.content(body("leader-ga", "2027-03-01", "2027-03-02")))
			.andExpect(status().isUnprocessableEntity())
			.andExpect(jsonPath("$.detail").value(containsString("same unit and have the same role")));
		mvc.perform(post("/api/me/substitutes").with(httpBasic("leader-jy", "demo"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"substitute\":\"leader2-jy\",\"from\":\"not a date\"}")).andExpect(status().is4xxClientError());
	}

	@Test
	void anAdministratorNamesASubstituteForSomebodyElseAndNobodyElseMay() throws Exception {
		mvc.perform(post("/api/admin/users/leader-jy/substitutes").with(httpBasic("admin", "demo"))
			.contentType(MediaType.APPLICATION_JSON)
			.content(body("leader2-jy", "2027-04-01", "2027-04-02"))).andExpect(status().isCreated());
		mvc.perform(get("/api/admin/users/leader-jy/substitutes").with(httpBasic("admin", "demo")))
			.andExpect(jsonPath("$[?(@.from == '2027-04-01')].substitute").value("leader2-jy"));
		mvc.perform(get("/api/admin/users/leader-jy/substitutes").with(httpBasic("leader-jy", "demo")))
			.andExpect(status().isForbidden());
		mvc.perform(post("/api/admin/users/leader-jy/substitutes").with(httpBasic("leader2-jy", "demo"))
			.contentType(MediaType.APPLICATION_JSON)
			.content(body("leader2-jy", "2027-04-05", "2027-04-06"))).andExpect(status().isForbidden());
		mvc.perform(post("/api/admin/users/nobody/substitutes").with(httpBasic("admin", "demo"))
			.contentType(MediaType.APPLICATION_JSON)
			.content(body("leader2-jy", "2027-04-05", "2027-04-06"))).andExpect(status().isNotFound());
	}

	@Test
	void thePageNamesAndRefusesWithTheFormAgain() throws Exception {
		mvc.perform(get("/account/absence").with(httpBasic("leader-jy", "demo")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("leader2-jy")));
		mvc.perform(post("/account/absence").with(httpBasic("leader-jy", "demo"))
			.with(csrf())
			.param("substitute", "leader2-jy")
			.param("from", "2027-05-03")
			.param("to", "2027-05-01"))
			.andExpect(status().isUnprocessableEntity())
			.andExpect(content().string(containsString("结束日期不能早于开始日期")));
		mvc.perform(post("/account/absence").with(httpBasic("leader-jy", "demo"))
			.with(csrf())
			.param("substitute", "leader2-jy")
			.param("from", "2027-05-01")
			.param("to", "2027-05-03")).andExpect(status().is3xxRedirection());
	}

	/**
	 * Named while both led 县教育局; leader2-jy then moves to 县公安局. The substitution no
	 * longer counts, and leader-jy's claimed task stays out of leader2-jy's reach.
	 */
	@Test
	void aSubstituteNeverReachesAnotherDepartmentsDisclosure() throws Exception {
		clock.set(Instant.parse("2026-03-26T01:00:00Z"));
		name("leader-jy", "leader2-jy", "2026-03-26", "2026-03-27").andExpect(status().isCreated());
		long id = rounds
			.open(actor("supervisor"),
					new NewRound(Years.beyondTheForms(), "BUDGET", LocalDate.of(2026, 3, 2), List.of("305")))
			.disclosures()
			.get(0)
			.id();
		drafting.update(actor("drafter-jy"), id, Disclosures.wholeBudgetDisclosure(queries.content(Actor.SYSTEM, id)));
		completion.complete(actor("drafter-jy"), inbox.tasksOf(actor("drafter-jy"), id).get(0).id(), Decision.SUBMIT,
				"提交审签");
		String signOff = inbox.tasksOf(actor("leader-jy"), id).get(0).id();
		inbox.claim(actor("leader-jy"), signOff);
		assertThat(inbox.tasksOf(actor("leader2-jy"), id)).extracting(TaskView::id).containsExactly(signOff);
		moveSecondLeaderTo("312");
		try {
			mvc.perform(post("/api/tasks/" + signOff + "/complete").with(httpBasic("leader2-jy", "demo"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"decision\":\"APPROVE\"}")).andExpect(status().isNotFound());
			mvc.perform(get("/api/disclosures/" + id).with(httpBasic("leader2-jy", "demo")))
				.andExpect(status().isNotFound());
		}
		finally {
			moveSecondLeaderTo("305");
			clock.set(Instant.parse("2026-03-02T01:00:00Z"));
		}
	}

	private void moveSecondLeaderTo(String department) {
		jdbc.update("update app_user set department_id = (select id from department where code = ?) where username = ?",
				department, Colleagues.SECOND_LEADER);
	}

	private ResultActions name(String user, String substitute, String from, String to) throws Exception {
		return mvc.perform(post("/api/me/substitutes").with(httpBasic(user, "demo"))
			.contentType(MediaType.APPLICATION_JSON)
			.content(body(substitute, from, to)));
	}

	private void refused(String user, String substitute, String from, String to, String message) throws Exception {
		name(user, substitute, from, to).andExpect(status().isUnprocessableEntity())
			.andExpect(jsonPath("$.detail").value(containsString(message)));
	}

	private static String body(String substitute, String from, String to) {
		return "{\"substitute\":\"" + substitute + "\",\"from\":\"" + from + "\",\"to\":\"" + to + "\"}";
	}

	private Actor actor(String username) {
		return directory.actorOf(username).orElseThrow();
	}

}
