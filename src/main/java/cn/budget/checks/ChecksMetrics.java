package cn.budget.checks;

import java.util.function.Supplier;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.springframework.stereotype.Component;

/**
 * The checks' metrics: how long a run over a whole disclosure takes
 * ({@code disclosure.checks.run}) and how many submissions the gate refused
 * ({@code disclosure.submissions.refused}, by reason: {@code blocked} by blocking
 * findings, {@code unexplained} errors).
 */
@Component
class ChecksMetrics {

	static final String RUNS = "disclosure.checks.run";

	static final String REFUSED = "disclosure.submissions.refused";

	private final MeterRegistry registry;

	private final Timer runs;

	ChecksMetrics(MeterRegistry registry) {
		this.registry = registry;
		this.runs = Timer.builder(RUNS).description("Runs of every check over a disclosure").register(registry);
	}

	<T> T timeRun(Supplier<T> run) {
		return runs.record(run);
	}

	void refused(String reason) {
		Counter.builder(REFUSED)
			.description("Submissions the checks refused, by reason")
			.tag("reason", reason)
			.register(registry)
			.increment();
	}

}
