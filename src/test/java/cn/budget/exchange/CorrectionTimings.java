package cn.budget.exchange;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import cn.budget.disclosure.DisclosureLifecycle;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * For {@link DisclosureStorageBenchmark}, after the sizes are taken: each published
 * disclosure reopened for a correction and published again through the lifecycle (no
 * workflow), timing the reopen (which rebuilds the working copy's rows) and the publish
 * transaction's body (freezing the version, releasing the rows), without the files
 * rendered after the commit.
 */
final class CorrectionTimings {

	private CorrectionTimings() {
	}

	static void run(ConfigurableApplicationContext app, List<Long> ids) {
		DisclosureLifecycle lifecycle = app.getBean(DisclosureLifecycle.class);
		TransactionTemplate transaction = new TransactionTemplate(app.getBean(PlatformTransactionManager.class));
		List<Long> reopen = new ArrayList<>();
		List<Long> publish = new ArrayList<>();
		for (long id : ids) {
			long start = System.nanoTime();
			lifecycle.reopenForCorrection(id, "drafter-ga", LocalDate.of(2026, 6, 1));
			reopen.add(System.nanoTime() - start);
			if (lifecycle.submit(id, "drafter-ga", null).needsSignOff()) {
				lifecycle.signOff(id, "leader-ga");
			}
			lifecycle.approve(id, "reviewer");
			long[] body = new long[1];
			transaction.executeWithoutResult(s -> {
				long begin = System.nanoTime();
				lifecycle.publish(id, "supervisor", "更正");
				body[0] = System.nanoTime() - begin;
			});
			publish.add(body[0]);
		}
		print("reopen for correction (rows rebuilt)", reopen);
		print("publish transaction body (freeze, release)", publish);
	}

	private static void print(String what, List<Long> nanos) {
		List<Long> sorted = nanos.stream().sorted().toList();
		System.out.printf("%s, %d samples: p50 %.1f ms, p95 %.1f ms, max %.1f ms%n", what, sorted.size(),
				at(sorted, 0.50), at(sorted, 0.95), sorted.get(sorted.size() - 1) / 1e6);
	}

	private static double at(List<Long> sorted, double quantile) {
		int index = (int) Math.ceil(quantile * sorted.size()) - 1;
		return sorted.get(Math.max(0, index)) / 1e6;
	}

}
