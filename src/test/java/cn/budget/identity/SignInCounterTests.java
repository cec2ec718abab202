package cn.budget.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import cn.budget.identity.SignInCounter.Kind;
import cn.budget.identity.SignInCounter.Threshold;
import org.junit.jupiter.api.Test;

/** When attempts must wait and when a name is locked, moving time by hand. */
class SignInCounterTests {

	private static final SignInCounter.Limits LIMITS = new SignInCounter.Limits(5, 10, Duration.ofMinutes(15),
			Duration.ofMinutes(15), Duration.ofSeconds(1), Duration.ofMinutes(1));

	private static final Instant T0 = Instant.parse("2026-03-02T01:00:00Z");

	@Test
	void fourFailuresCostNothingTheFifthMakesTheNextWaitAndTheWaitDoubles() {
		SignInCounter counter = new SignInCounter(Kind.USER, "x", T0);
		for (int i = 0; i < 4; i++) {
			assertThat(counter.fail(T0, LIMITS)).isEqualTo(Threshold.NONE);
		}
		assertThat(counter.waitAt(T0, LIMITS)).isZero();
		assertThat(counter.fail(T0, LIMITS)).isEqualTo(Threshold.SLOWED);
		assertThat(counter.waitAt(T0, LIMITS)).isEqualTo(Duration.ofSeconds(1));
		assertThat(counter.waitAt(T0.plusSeconds(1), LIMITS)).isZero();
		counter.fail(T0.plusSeconds(1), LIMITS);
		assertThat(counter.waitAt(T0.plusSeconds(1), LIMITS)).isEqualTo(Duration.ofSeconds(2));
	}

	@Test
	void theTenthFailureLocksForAQuarterOfAnHourAndThenAllStartsAnew() {
		SignInCounter counter = new SignInCounter(Kind.USER, "x", T0);
		for (int i = 1; i < 10; i++) {
			counter.fail(T0, LIMITS);
		}
		assertThat(counter.fail(T0, LIMITS)).isEqualTo(Threshold.LOCKED);
		assertThat(counter.lockedAt(T0.plus(Duration.ofMinutes(14)))).isTrue();
		assertThat(counter.fail(T0.plus(Duration.ofMinutes(14)), LIMITS)).as("a lock is not extended")
			.isEqualTo(Threshold.NONE);
		assertThat(counter.waitAt(T0.plus(Duration.ofMinutes(14)), LIMITS)).isEqualTo(Duration.ofMinutes(1));
		assertThat(counter.waitAt(T0.plus(Duration.ofMinutes(15)), LIMITS)).isZero();
		counter.fail(T0.plus(Duration.ofMinutes(15)), LIMITS);
		assertThat(counter.getFailures()).isEqualTo(1);
	}

	@Test
	void failuresOlderThanTheWindowAreForgotten() {
		SignInCounter counter = new SignInCounter(Kind.ADDRESS, "10.0.0.1", T0);
		for (int i = 0; i < 7; i++) {
			counter.fail(T0, LIMITS);
		}
		assertThat(counter.restrictsAt(T0, LIMITS)).isTrue();
		assertThat(counter.restrictsAt(T0.plus(Duration.ofMinutes(15)), LIMITS)).isFalse();
		counter.fail(T0.plus(Duration.ofMinutes(15)), LIMITS);
		assertThat(counter.getFailures()).isEqualTo(1);
	}

}
