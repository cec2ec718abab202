package cn.budget.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import cn.budget.IntegrationTest;
import cn.budget.disclosure.Disclosures;
import cn.budget.identity.Actor;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The inbox reads its projection of open tasks: it lists exactly what the engine's tasks
 * and {@link TaskAccess} allow each person, is filled from the engine when empty, answers
 * a page at a time, and lists without a 500 while colleagues complete tasks.
 */
@IntegrationTest
class InboxProjectionIntegrationTests {

	private static final List<String> PEOPLE = List.of("admin", "supervisor", "reviewer", "leader-ga", "leader-jy",
			"drafter-ga", "drafter-jj", "drafter-ks", "drafter-jy");

	@Autowired
	Routes routes;

	@Autowired
	Inbox inbox;

	@Autowired
	TaskService tasks;

	@Autowired
	RuntimeService runtime;

	@Autowired
	TaskProjectionBackfill backfill;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	PlatformTransactionManager transactions;

	@Autowired
	MockMvc mvc;

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

	@Test
	void theApiAnswersOnePageAtATimeAndNamesTheNext() throws Exception {
		routes.open("312", "305");
		String first = mvc.perform(get("/api/tasks?size=1").with(httpBasic("admin", "demo")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.length()").value(1))
			.andExpect(header().string("Link", org.hamcrest.Matchers.containsString("page=1")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		String second = mvc.perform(get("/api/tasks?size=1&page=1").with(httpBasic("admin", "demo")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.length()").value(1))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(second).isNotEqualTo(first);
		for (String refused : List.of("size=0", "size=1001", "page=-1")) {
			mvc.perform(get("/api/tasks?" + refused).with(httpBasic("admin", "demo")))
				.andExpect(status().is4xxClientError())
				.andExpect(jsonPath("$.detail").exists());
		}
		mvc.perform(get("/tasks?page=1").with(httpBasic("admin", "demo"))).andExpect(status().isOk());
	}

	/**
	 * Eight people list their inboxes while others work through their tasks: every answer
	 * is 200.
	 */
	@Test
	void eightClientsListWhileTasksComplete() throws Exception {
		List<Long> disclosures = new ArrayList<>();
		for (int i = 0; i < 4; i++) {
			long id = routes.open("305").disclosures().get(0).id();
			routes.write("drafter-jy", id, Disclosures::wholeBudgetDisclosure);
			disclosures.add(id);
		}
		List<String> listers = List.of("drafter-jy", "leader-jy", "reviewer", "supervisor", "admin", "drafter-ga",
				"leader-ga", "drafter-jj");
		ExecutorService pool = Executors.newFixedThreadPool(listers.size() + 1);
		CountDownLatch started = new CountDownLatch(listers.size());
		AtomicBoolean done = new AtomicBoolean();
		Set<Integer> statuses = ConcurrentHashMap.newKeySet();
		try {
			List<Future<Integer>> clients = new ArrayList<>();
			for (String user : listers) {
				clients.add(pool.submit(() -> {
					int calls = 0;
					started.countDown();
					// Bounded: until the work is done, and at most 400 calls each.
					while ((!done.get() || calls < 3) && calls < 400) {
						String path = calls % 4 == 3 ? "/tasks" : "/api/tasks";
						statuses.add(mvc.perform(get(path).with(httpBasic(user, "demo")))
							.andReturn()
							.getResponse()
							.getStatus());
						calls++;
					}
					return calls;
				}));
			}
			Future<?> work = pool.submit(() -> {
				await(started);
				for (long id : disclosures) {
					routes.complete("drafter-jy", id, TaskKeys.DRAFT, Decision.SUBMIT, "提交");
					routes.complete("leader-jy", id, TaskKeys.SIGN_OFF, Decision.APPROVE, null);
					routes.complete("reviewer", id, TaskKeys.REVIEW, Decision.APPROVE, null);
				}
				done.set(true);
			});
			work.get(5, TimeUnit.MINUTES);
			for (Future<Integer> client : clients) {
				assertThat(client.get(5, TimeUnit.MINUTES)).isPositive();
			}
		}
		finally {
			done.set(true);
			pool.shutdownNow();
		}
		assertThat(statuses).containsExactly(200);
		assertThat(disclosures)
			.allSatisfy(id -> assertThat(inbox.tasksOf(routes.actor("supervisor"), id)).extracting(TaskView::taskKey)
				.containsExactly(TaskKeys.PUBLISH));
	}

	private static void await(CountDownLatch latch) {
		try {
			latch.await(1, TimeUnit.MINUTES);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
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
