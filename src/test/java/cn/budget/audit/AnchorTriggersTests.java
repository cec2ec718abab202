package cn.budget.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;

import org.junit.jupiter.api.Test;

/**
 * The day's anchor is tried at start-up as well as every hour, unless anchoring is
 * switched off: a fresh node should have one at once.
 */
class AnchorTriggersTests {

	@Test
	void theDaysAnchorIsTriedAtStartUp() {
		CountingAnchors anchors = new CountingAnchors();
		new AnchorTriggers(anchors, "0 5 * * * *").anchorTodayAtStart();
		assertThat(anchors.tries).isEqualTo(1);
	}

	@Test
	void notWhenAnchoringIsSwitchedOff() {
		CountingAnchors anchors = new CountingAnchors();
		new AnchorTriggers(anchors, "-").anchorTodayAtStart();
		assertThat(anchors.tries).isZero();
	}

	/** Counts the tries; the real anchoring is {@link AuditAnchorsIntegrationTests}. */
	private static final class CountingAnchors extends AuditAnchors {

		int tries;

		CountingAnchors() {
			super(null, null, null, null);
		}

		@Override
		public Optional<AnchorView> anchorDay() {
			tries++;
			return Optional.empty();
		}

	}

}
