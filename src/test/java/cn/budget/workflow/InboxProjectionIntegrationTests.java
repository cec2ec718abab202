package cn.budget.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import cn.budget.IntegrationTest;
import cn.budget.disclosure.Disclosures;
import cn.budget.identity.Actor;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The inbox reads its projection of open tasks: it lists exactly what the engine's tasks
 * and {@link TaskAccess} allow each person, and is filled from the engine when empty. How
 * the API lists it is {@link InboxListingIntegrationTests}.
 */
@IntegrationTest
class InboxProjectionIntegrationTests extends InboxProjectionFixture {

	private static final List<String> PEOPLE = List.of("admin", "supervisor", "reviewer", "leader-ga", "leader-jy",
			"drafter-ga", "drafter-jj", "drafter-ks", "drafter-jy");

	@Autowired
	RuntimeService runtime;

	@Autowired
	TaskProjectionBackfill backfill;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	PlatformTransactionManager transactions;

	@Test
	void everyoneSeesWhatTheEngineAndTheAccessRulesAllow() {
		routes.open("312", "305");
		long education = routes.open("305").disclosures().get(0).id();
		routes.write("drafter-jy", education, Disclosures::wholeBudgetDisclosure);
		routes.complete("drafter-jy", education, TaskKeys.DRAFT, Decision.SUBMIT, "提交");
		inbox.claim(routes.actor("leader-jy"),
				routes.task("leader-jy", education, TaskKeys.SIGN_OFF).orElseThrow().id());

		for (String person : PEOPLE) {
			Actor actor = routes.actor(person);
			assertThat(inbox.tasksOf(actor, InboxFilter.none())).as(person)
				.extracting(TaskView::id)
				.containsExactlyInAnyOrderElementsOf(engineSays(actor));
		}
		assertThat(inbox.tasksOf(routes.actor("leader-jy"), education)).extracting(TaskView::assignee)
			.containsExactly("leader-jy");
	}

	@Test
	void anEmptyProjectionIsFilledFromTheEngine() {
		routes.open("312", "305");
		Map<String, List<String>> before = new ConcurrentHashMap<>();
		PEOPLE.forEach(p -> before.put(p, ids(p)));
		new TransactionTemplate(transactions).executeWithoutResult(s -> jdbc.update("delete from inbox_task"));
		assertThat(ids("admin")).isEmpty();

		Integer filled = new TransactionTemplate(transactions).execute(s -> backfill.backfill());
		assertThat(filled).isPositive();

		PEOPLE.forEach(p -> assertThat(ids(p)).as(p).containsExactlyElementsOf(before.get(p)));
	}

	private List<String> ids(String person) {
		return inbox.tasksOf(routes.actor(person), InboxFilter.none()).stream().map(TaskView::id).toList();
	}

	// What the inbox showed before it had a projection: every open task, its variables
	// and candidate
	// groups from the engine, filtered by TaskAccess.
	private List<String> engineSays(Actor actor) {
		List<String> visible = new ArrayList<>();
		for (Task task : tasks.createTaskQuery().processDefinitionKey(TaskKeys.PROCESS).active().list()) {
			Object department = runtime.getVariable(task.getProcessInstanceId(), ProcessVariables.DEPARTMENT_CODE);
			Object unit = tasks.getVariableLocal(task.getId(), TaskRouting.UNIT_CODE);
			TaskAccess.Facts facts = new TaskAccess.Facts(task.getTaskDefinitionKey(),
					TaskAccess.candidateGroups(tasks.getIdentityLinksForTask(task.getId())), (String) department,
					unit == null ? null : unit.toString(), task.getAssignee());
			if (TaskAccess.canSee(actor, facts)) {
				visible.add(task.getId());
			}
		}
		return visible;
	}

}
