package cn.budget.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;
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
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The API lists the inbox's projection of open tasks a page at a time, naming the next,
 * and without a 500 while colleagues complete tasks.
 */
@IntegrationTest
class InboxListingIntegrationTests extends InboxProjectionFixture {

	@Autowired
	MockMvc mvc;

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
		List<Long> disclosures = fourDraftedDisclosures();
		List<String> listers = List.of("drafter-jy", "leader-jy", "reviewer", "supervisor", "admin", "drafter-ga",
				"leader-ga", "drafter-jj");
		ExecutorService pool = Executors.newFixedThreadPool(listers.size() + 1);
		CountDownLatch started = new CountDownLatch(listers.size());
		AtomicBoolean done = new AtomicBoolean();
		Set<Integer> statuses = ConcurrentHashMap.newKeySet();
		try {
			List<Future<Integer>> clients = new ArrayList<>();
			for (String user : listers) {
				clients.add(pool.submit(() -> listUntilDone(user, started, done, statuses)));
			}
			Future<?> work = pool.submit(() -> workThrough(disclosures, started, done));
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

	private List<Long> fourDraftedDisclosures() {
		List<Long> disclosures = new ArrayList<>();
		for (int i = 0; i < 4; i++) {
			long id = routes.open("305").disclosures().get(0).id();
			routes.write("drafter-jy", id, Disclosures::wholeBudgetDisclosure);
			disclosures.add(id);
		}
		return disclosures;
	}

	/** One person listing their inbox: the number of calls made. */
	private int listUntilDone(String user, CountDownLatch started, AtomicBoolean done, Set<Integer> statuses)
			throws Exception {
		int calls = 0;
		started.countDown();
		// Bounded: until the work is done, and at most 400 calls each.
		while ((!done.get() || calls < 3) && calls < 400) {
			String path = calls % 4 == 3 ? "/tasks" : "/api/tasks";
			statuses.add(mvc.perform(get(path).with(httpBasic(user, "demo"))).andReturn().getResponse().getStatus());
			calls++;
		}
		return calls;
	}

	/**
	 * Once the listers have started, the others take each disclosure through draft,
	 * sign-off and review.
	 */
	private void workThrough(List<Long> disclosures, CountDownLatch started, AtomicBoolean done) {
		await(started);
		for (long id : disclosures) {
			routes.complete("drafter-jy", id, TaskKeys.DRAFT, Decision.SUBMIT, "提交");
			routes.complete("leader-jy", id, TaskKeys.SIGN_OFF, Decision.APPROVE, null);
			routes.complete("reviewer", id, TaskKeys.REVIEW, Decision.APPROVE, null);
		}
		done.set(true);
	}

	private static void await(CountDownLatch latch) {
		try {
			latch.await(1, TimeUnit.MINUTES);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
