package cn.budget.bench;

import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.ToIntFunction;

/**
 * N client threads that take work items (one disclosure's route each) from a shared queue until it
 * is empty; the items' function answers how many tasks it completed. The wall time of the whole
 * batch gives tasks per second.
 */
final class Clients {

	/** Tasks completed in a batch, its wall time and the tasks per second. */
	record Run(int clients, long tasks, double seconds) {

		double tasksPerSecond() {
			return tasks / seconds;
		}

	}

	private Clients() {
	}

	static <T> Run run(int clients, List<T> items, ToIntFunction<T> route, long timeoutMinutes) {
		ConcurrentLinkedQueue<T> queue = new ConcurrentLinkedQueue<>(items);
		AtomicLong tasks = new AtomicLong();
		ExecutorService pool = Executors.newFixedThreadPool(clients);
		long start = System.nanoTime();
		try {
			List<Future<?>> futures = new java.util.ArrayList<>();
			for (int i = 0; i < clients; i++) {
				futures.add(pool.submit(() -> {
					for (T item = queue.poll(); item != null; item = queue.poll()) {
						tasks.addAndGet(route.applyAsInt(item));
					}
				}));
			}
			for (Future<?> future : futures) {
				future.get(timeoutMinutes, TimeUnit.MINUTES);
			}
		}
		catch (java.util.concurrent.TimeoutException ex) {
			throw new IllegalStateException("A client did not finish within " + timeoutMinutes + " minutes", ex);
		}
		catch (java.util.concurrent.ExecutionException ex) {
			throw new IllegalStateException("A client failed: " + ex.getCause().getMessage(), ex.getCause());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
		finally {
			pool.shutdownNow();
		}
		return new Run(clients, tasks.get(), (System.nanoTime() - start) / 1e9);
	}

}
