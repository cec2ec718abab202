package cn.budget;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

/**
 * A clock that tests move forward instead of sleeping.
 */
public class TestClock extends Clock {

	private volatile Instant now;

	private final ZoneId zone;

	public TestClock(Instant start, ZoneId zone) {
		this.now = start;
		this.zone = zone;
	}

	public void set(Instant instant) {
		this.now = instant;
	}

	public void advance(Duration duration) {
		this.now = now.plus(duration);
	}

	@Override
	public ZoneId getZone() {
		return zone;
	}

	@Override
	public Clock withZone(ZoneId other) {
		return new TestClock(now, other);
	}

	@Override
	public Instant instant() {
		return now;
	}

}
