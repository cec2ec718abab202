package cn.budget.publication;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

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

}
