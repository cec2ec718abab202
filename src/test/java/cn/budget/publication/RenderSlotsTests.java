package cn.budget.publication;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

/**
 * On-request renders are limited: a download that finds every slot taken is refused once
 * its wait is over, and a slot given back is free for the next one.
 */
class RenderSlotsTests {

	@Test
	void aDownloadFindingEverySlotTakenIsRefusedAndAFreedSlotServesTheNext() {
		RenderSlots slots = new RenderSlots(2, Duration.ZERO);
		assertThat(slots.take()).isTrue();
		assertThat(slots.take()).isTrue();
		assertThat(slots.take()).isFalse();
		slots.give();
		assertThat(slots.free()).isEqualTo(1);
		assertThat(slots.take()).isTrue();
	}

	@Test
	void aLimitBelowOneStillRendersOneAtATime() {
		RenderSlots slots = new RenderSlots(0, Duration.ZERO);
		assertThat(slots.take()).isTrue();
		assertThat(slots.take()).isFalse();
	}

	@Test
	void aDownloadFindingTheQueueFullIsRefusedAtOnce() throws Exception {
		RenderSlots slots = new RenderSlots(1, Duration.ofMinutes(1));
		assertThat(slots.take()).isTrue();
		CompletableFuture<Boolean> waiting = CompletableFuture.supplyAsync(slots::take);
		while (slots.queued() == 0) {
			Thread.onSpinWait();
		}
		// One slot, one download waiting: the next does not wait its minute.
		assertThat(slots.take()).isFalse();
		slots.give();
		assertThat(waiting.get(1, TimeUnit.MINUTES)).isTrue();
	}

}
