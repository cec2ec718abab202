package cn.budget.audit;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicInteger;

import cn.budget.TestClock;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * What the tests of public anchors share: the beans, the test chains made before each
 * test, and an anchor taken on a day no earlier test has anchored.
 */
abstract class AuditAnchorsFixture {

	// A day of its own for each anchor, far from the days other tests use.
	static final AtomicInteger DAYS = new AtomicInteger();

	@Autowired
	MockMvc mvc;

	@Autowired
	ObjectMapper json;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	AuditTrail trail;

	@Autowired
	AuditAnchors anchors;

	@Autowired
	TestClock clock;

	Chains chains;

	@BeforeEach
	void setUp() {
		chains = new Chains(mvc, json, jdbc, trail);
	}

	AnchorView anchorNewDay() {
		AnchorView[] taken = new AnchorView[1];
		onDay(LocalDate.of(2100, 1, 1).plusDays(DAYS.getAndIncrement()),
				() -> taken[0] = anchors.anchorDay().orElseThrow());
		return taken[0];
	}

	void onDay(LocalDate day, Runnable action) {
		Instant before = clock.instant();
		clock.set(day.atTime(12, 0).atZone(ZoneId.of("Asia/Shanghai")).toInstant());
		try {
			action.run();
		}
		finally {
			clock.set(before);
		}
	}

}
