package cn.budget.disclosure;

import java.time.Clock;
import java.time.LocalDate;

import cn.budget.content.DisclosureState;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.stereotype.Component;

/**
 * The {@code disclosure.overdue} gauge: disclosures not yet published whose last day to
 * publish (the 20-day rule, or a correction run's own deadline) has passed. One count
 * query per scrape on the disclosure table, never a scan of the process engine.
 */
@Component
class DisclosureMetrics {

	static final String OVERDUE = "disclosure.overdue";

	DisclosureMetrics(MeterRegistry registry, DisclosureRepository disclosures, Clock clock) {
		Gauge
			.builder(OVERDUE,
					() -> disclosures.countByRouteStateNotAndSchedulePublicationDueBefore(DisclosureState.PUBLISHED,
							LocalDate.now(clock)))
			.description("Disclosures past their publication deadline and not yet published")
			.strongReference(true)
			.register(registry);
	}

}
