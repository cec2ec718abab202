package cn.budget.tracking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import cn.budget.IntegrationTest;
import cn.budget.checks.DisclosureChecks;
import cn.budget.checks.Severity;
import cn.budget.disclosure.DisclosureQueries;
import cn.budget.disclosure.Disclosures;
import cn.budget.workflow.Decision;
import cn.budget.workflow.RoundOpened;
import cn.budget.workflow.Routes;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The dashboard's counts and current tasks match the process states of a round.
 */
@IntegrationTest
class RoundProgressIntegrationTests {

	@Autowired
	Routes routes;

	@Autowired
	RoundProgress progress;

	@Autowired
	TaskService tasks;

	@Autowired
	MockMvc mvc;

	@Autowired
	MessageSource messages;

	@Autowired
	DisclosureChecks checks;

	@Autowired
	DisclosureQueries queries;

	@Test
	void countsAndTasksMatchTheProcessStates() throws Exception {
		RoundOpened round = routes.open("312", "305");
		long police = round.disclosures().get(0).id();
		long education = round.disclosures().get(1).id();
		routes.write("drafter-jy", education, Disclosures::wholeBudgetDisclosure);
		routes.complete("drafter-jy", education, "Task_DraftDisclosure", Decision.SUBMIT, "提交");
		routes.complete("leader-jy", education, "Task_LeaderSignOff", Decision.RETURN, "请补充说明");
		theViewCountsAndNamesTheCurrentTasks(round, police, education);
		theApiAndTheDownloadsShowTheSame(round);
		thePageShowsTheSameTasks(round, police, education);
	}

	private void theViewCountsAndNamesTheCurrentTasks(RoundOpened round, long police, long education) {
		RoundProgress.View view = progress.of(routes.actor("supervisor"), round.id());
		assertThat(view.counts().get(Stage.NOT_STARTED)).isEqualTo(1);
		assertThat(view.counts().get(Stage.RETURNED)).isEqualTo(1);
		assertThat(view.counts().values().stream().mapToLong(Long::longValue).sum()).isEqualTo(2);
		Map<Long, DepartmentProgress> lines = view.departments()
			.stream()
			.collect(Collectors.toMap(DepartmentProgress::disclosureId, d -> d));
		assertThat(lines.get(education).returns()).isEqualTo(1);
		assertThat(lines.get(education).currentTask()).isEqualTo(taskKeyOf(education));
		assertThat(lines.get(police).currentTask()).isEqualTo(taskKeyOf(police));
		assertThat(lines.get(police).daysLeft()).isNotNull();
	}

	private void theApiAndTheDownloadsShowTheSame(RoundOpened round) throws Exception {
		mvc.perform(get("/api/rounds/" + round.id() + "/progress").with(httpBasic("supervisor", "demo")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.counts.RETURNED").value(1))
			.andExpect(jsonPath("$.departments.length()").value(2));
		mvc.perform(get("/api/rounds/" + round.id() + "/progress").with(httpBasic("drafter-ga", "demo")))
			.andExpect(status().isForbidden());
		mvc.perform(get("/rounds/" + round.id() + "/progress.xlsx").with(httpBasic("supervisor", "demo")))
			.andExpect(status().isOk());
		String csv = mvc.perform(get("/rounds/" + round.id() + "/progress.csv").with(httpBasic("supervisor", "demo")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		assertThat(csv).contains("县公安局").contains("县教育局").contains("已退回");
	}

	private void thePageShowsTheSameTasks(RoundOpened round, long police, long education) throws Exception {
		// The page reads the current tasks of the lines it shows only: the same tasks.
		String page = mvc.perform(get("/rounds/" + round.id()).with(httpBasic("supervisor", "demo")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		assertThat(page).contains(messages.getMessage("task." + taskKeyOf(education), null, Locale.SIMPLIFIED_CHINESE))
			.contains(messages.getMessage("task." + taskKeyOf(police), null, Locale.SIMPLIFIED_CHINESE))
			.doesNotContain("dashboard-pages");
	}

	@Test
	void eachLineCountsTheErrorsOfItsDisclosureAsItIsNow() {
		RoundOpened round = routes.open("312", "305");
		long police = round.disclosures().get(0).id();
		long education = round.disclosures().get(1).id();
		routes.write("drafter-jy", education, Disclosures::wholeBudgetDisclosure);

		assertThat(errorsOnTheDashboard(round.id()))
			.isEqualTo(Map.of(police, errorsOf(police), education, errorsOf(education)));
		long emptyDraft = errorsOf(police);
		assertThat(emptyDraft).isNotEqualTo(errorsOf(education));

		// A save moves the version on: the next view counts again, for that disclosure.
		routes.write("drafter-ga", police, Disclosures::wholeBudgetDisclosure);
		assertThat(errorsOf(police)).isNotEqualTo(emptyDraft);
		assertThat(errorsOnTheDashboard(round.id())).containsEntry(police, errorsOf(police));
	}

	private Map<Long, Long> errorsOnTheDashboard(long roundId) {
		RoundProgress.View view = progress.of(routes.actor("supervisor"), roundId);
		return progress.withDetails(view.departments())
			.stream()
			.collect(Collectors.toMap(DepartmentProgress::disclosureId, DepartmentProgress::openErrors));
	}

	private long errorsOf(long disclosureId) {
		return checks.check(queries.content(routes.actor("supervisor"), disclosureId))
			.stream()
			.filter(f -> f.severity() == Severity.ERROR)
			.count();
	}

	@Test
	void anUnknownRoundIsNotFoundAsARoundInBothLanguages() throws Exception {
		mvc.perform(get("/api/rounds/987654321/progress").with(httpBasic("supervisor", "demo")))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.detail").value(containsString("的公开轮次")));
		mvc.perform(get("/api/rounds/987654321/progress").with(httpBasic("supervisor", "demo"))
			.header("Accept-Language", "en"))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.detail").value(containsString("There is no round")));
		mvc.perform(get("/rounds/987654321").with(httpBasic("supervisor", "demo"))).andExpect(status().isNotFound());
		mvc.perform(get("/api/rounds/987654321/progress").with(httpBasic("drafter-ga", "demo")))
			.andExpect(status().isForbidden());
	}

	private String taskKeyOf(long disclosureId) {
		return tasks.createTaskQuery()
			.processInstanceBusinessKey(String.valueOf(disclosureId))
			.list()
			.get(0)
			.getTaskDefinitionKey();
	}

}
