package cn.budget.exchange.writing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

/** Documents of the same characters share one cut; only the newest few are kept. */
class FontSubsetsTests {

	private final FontSubsets subsets = new FontSubsets(2);

	private final AtomicInteger cuts = new AtomicInteger();

	@Test
	void theSameCharactersAreCutOnce() {
		byte[] first = subsets.of("a", this::cut);
		assertThat(subsets.of("a", this::cut)).isSameAs(first);
		assertThat(cuts).hasValue(1);
		subsets.of("b", this::cut);
		assertThat(cuts).hasValue(2);
	}

	@Test
	void theLeastRecentlyUsedCutIsForgottenBeyondTheLimit() {
		subsets.of("a", this::cut);
		subsets.of("b", this::cut);
		subsets.of("a", this::cut);
		subsets.of("c", this::cut);
		assertThat(cuts).hasValue(3);
		subsets.of("a", this::cut);
		assertThat(cuts).as("a was used after b, so b went").hasValue(3);
		subsets.of("b", this::cut);
		assertThat(cuts).hasValue(4);
	}

	private byte[] cut() {
		return new byte[] { (byte) cuts.incrementAndGet() };
	}

}
