package cn.budget.publication;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * How many Word or Excel downloads are rendered at once. A render is a fifth of a second
 * of CPU; without a limit, visitors asking at once for many versions not in the cache (a
 * crawler, or someone who means harm) would take every core from the drafters and
 * reviewers. A download that finds no free slot within the wait answers 503 with a
 * {@code Retry-After}, like a render that failed, but is not counted as a failure; so
 * does one that finds as many downloads already waiting as there are slots, at once: a
 * waiting download holds a web server thread, and a queue as long as the server's threads
 * would stall every page.
 */
final class RenderSlots {

	private final Semaphore slots;

	private final Duration wait;

	private final int waiting;

	RenderSlots(int slots, Duration wait) {
		this.slots = new Semaphore(Math.max(1, slots), true);
		this.wait = wait;
		this.waiting = Math.max(1, slots);
	}

	/**
	 * Takes a slot, waiting at most the configured time; false when none came free, or at
	 * once when the queue is full.
	 */
	boolean take() {
		if (slots.getQueueLength() >= waiting) {
			return false;
		}
		try {
			return slots.tryAcquire(wait.toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

	void give() {
		slots.release();
	}

	int free() {
		return slots.availablePermits();
	}

	int queued() {
		return slots.getQueueLength();
	}

}
