package cn.budget.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import cn.budget.support.Api;
import cn.budget.support.AppProcess;
import cn.budget.support.BrowserSession;
import cn.budget.support.HttpRoute;
import cn.budget.support.TestDatabase;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Two nodes of the packaged application on one PostgreSQL database
 * ({@code postgres,cluster}), as docker/compose.yml runs them behind a load balancer:
 * every request goes to the next live node, a browser session signed in on one node works
 * on the other, one node is killed with SIGKILL in the middle of the route and started
 * again; every route ends published with no task lost or doubled, each deadline timer
 * fired exactly once, and the audit chains verify.
 */
class TwoNodesProcessIntegrationTests {

	private static final String AUDIT_KEY = java.util.Base64.getEncoder()
		.encodeToString("two-nodes-test-key-32-bytes-long".getBytes(java.nio.charset.StandardCharsets.US_ASCII));

	@TempDir
	Path dataDir;

	private final AtomicInteger requests = new AtomicInteger();

	private List<AppProcess> nodes = List.of();

	private JdbcTemplate database;

	@AfterEach
	void stop() {
		nodes.forEach(AppProcess::stop);
	}

	@Test
	void journeysCompleteThroughBothNodesWhileOneIsKilledAndRestarted() {
		EmbeddedPostgres postgres = TestDatabase.server();
		TestDatabase.createDatabase(postgres, "cluster");
		database = new JdbcTemplate(postgres.getDatabase("postgres", "cluster"));
		nodes = List.of(node("node-a", postgres), node("node-b", postgres));
		// One after the other: the first start creates the demo organisation.
		nodes.forEach(AppProcess::start);
		HttpRoute route = new HttpRoute(new Api(this::nextLiveNode));
		List<Long> ids = theJourneysStartAndTheirTimersFire(route);
		theyCompleteWhileNodeBIsKilledAndRestarted(route, ids);
		eachIsPublishedWithEveryStepRunOnce(route, ids);
	}

	private List<Long> theJourneysStartAndTheirTimersFire(HttpRoute route) {
		// Approved long ago: both deadline timers are due at once, on whichever node
		// takes them.
		List<Long> ids = route.openRound(2033, LocalDate.now().minusDays(40), "312", "305");
		long police = ids.get(0);
		long education = ids.get(1);
		route.contribute(police);
		aSessionTravelsBetweenNodes(police);
		route.saveWholeDisclosure(police);
		route.complete("drafter-ga", police, "Task_DraftDisclosure", "SUBMIT", "首次提交");
		awaitTimers(police, education);
		return ids;
	}

	private void theyCompleteWhileNodeBIsKilledAndRestarted(HttpRoute route, List<Long> ids) {
		long police = ids.get(0);
		long education = ids.get(1);
		nodes.get(1).kill();
		route.complete("leader-ga", police, "Task_LeaderSignOff", "APPROVE", null);
		route.saveWholeDisclosure("drafter-jy", education);
		nodes.get(1).start();

		route.complete("drafter-jy", education, "Task_DraftDisclosure", "SUBMIT", "首次提交");
		route.complete("leader-jy", education, "Task_LeaderSignOff", "APPROVE", null);
		for (long id : ids) {
			route.complete("reviewer", id, "Task_FinanceReview", "APPROVE", null);
			route.complete("supervisor", id, "Task_Publish", "APPROVE", null);
		}
	}

	private void eachIsPublishedWithEveryStepRunOnce(HttpRoute route, List<Long> ids) {
		long police = ids.get(0);
		for (long id : ids) {
			assertThat(route.document("reviewer", id).get("state").asText()).isEqualTo("PUBLISHED");
			assertThat(route.openTasks(id)).isEmpty();
			assertThat(route.auditIntact(id)).isTrue();
			assertEachStepRanOnce(id);
		}
		assertThat(completed(police, "Task_ContributeSubUnit")).isEqualTo(2);
	}

	// Signed in through the form on one node, the same browser reads its inbox and
	// decides on the other.
	private void aSessionTravelsBetweenNodes(long police) {
		String a = nodes.get(0).baseUrl();
		String b = nodes.get(1).baseUrl();
		BrowserSession browser = new BrowserSession();
		assertThat(browser.signIn(a, "drafter-ga")).isEqualTo(a + "/");
		String task = new HttpRoute(new Api(() -> a)).task("drafter-ga", police, "Task_DraftDisclosure");
		HttpResponse<String> inbox = browser.get(b, "/tasks");
		assertThat(inbox.statusCode()).isEqualTo(200);
		assertThat(inbox.body()).contains("/tasks/" + task);
		// A claim posted to the first node with the CSRF token of the other node's page:
		// the session is shared.
		HttpResponse<String> claim = browser.submit(b, "/tasks", a, "/tasks/" + task + "/claim", Map.of());
		assertThat(claim.statusCode()).isEqualTo(302);
		assertThat(claim.headers().firstValue("Location").orElse("")).endsWith("/tasks");
	}

	// The job executors of both nodes pick the due timers up within seconds; the test
	// waits on the
	// database (bounded), since it cannot drive the clock of other processes.
	private void awaitTimers(long... ids) {
		long deadline = System.nanoTime() + 120_000_000_000L;
		while (System.nanoTime() < deadline) {
			boolean fired = true;
			for (long id : ids) {
				fired &= ran(id, "Task_SendReminder") >= 1 && ran(id, "Task_Escalate") >= 1;
			}
			if (fired) {
				return;
			}
			database.queryForObject("select pg_sleep(0.5)", Object.class);
		}
		throw new AssertionError("The deadline timers did not fire within two minutes");
	}

	private void assertEachStepRanOnce(long id) {
		for (String step : List.of("Timer_Reminder", "Task_SendReminder", "Timer_Overdue", "Task_Escalate",
				"Task_DraftDisclosure", "Task_LeaderSignOff", "Task_FinanceReview", "Task_Publish", "End_Published")) {
			assertThat(ran(id, step)).as(step + " of disclosure " + id).isEqualTo(1);
		}
		// Each person is told once per deadline, however many nodes there are.
		assertThat(database.queryForList("select username, kind, count(*) from notification where disclosure_id = ? "
				+ "and kind in ('REMINDER', 'ESCALATION') group by username, kind having count(*) > 1", id))
			.isEmpty();
		assertThat(database.queryForObject(
				"select count(*) from notification where disclosure_id = ? and kind = 'ESCALATION'", Integer.class, id))
			.isPositive();
	}

	private int ran(long id, String activity) {
		return database.queryForObject("select count(*) from act_hi_actinst a join act_hi_varinst v "
				+ "on v.proc_inst_id_ = a.proc_inst_id_ and v.name_ = 'disclosureId' "
				+ "where v.long_ = ? and a.act_id_ = ?", Integer.class, id, activity);
	}

	private int completed(long id, String taskKey) {
		return database.queryForObject(
				"select count(*) from act_hi_taskinst t join act_hi_varinst v "
						+ "on v.proc_inst_id_ = t.proc_inst_id_ and v.name_ = 'disclosureId' "
						+ "where v.long_ = ? and t.task_def_key_ = ? and t.delete_reason_ = 'completed'",
				Integer.class, id, taskKey);
	}

	private String nextLiveNode() {
		List<AppProcess> live = nodes.stream().filter(AppProcess::isAlive).toList();
		return live.get(Math.floorMod(requests.getAndIncrement(), live.size())).baseUrl();
	}

	private AppProcess node(String name, EmbeddedPostgres postgres) {
		return new AppProcess(name, "--app.data-dir=" + dataDir, "--spring.profiles.active=postgres,cluster",
				"--spring.datasource.url=" + postgres.getJdbcUrl("postgres", "cluster"),
				"--spring.datasource.username=postgres", "--spring.datasource.password=postgres",
				// Both nodes seal the audit chains with the same key, as the cluster
				// profile requires.
				"--app.audit.keys.k1=" + AUDIT_KEY, "--app.audit.current-key=k1");
	}

}
