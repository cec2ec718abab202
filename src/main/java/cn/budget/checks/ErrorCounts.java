package cn.budget.checks;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import cn.budget.disclosure.DisclosureQueries;
import cn.budget.disclosure.DisclosureSummary;
import cn.budget.identity.Actor;
import org.springframework.stereotype.Component;

/**
 * How many ERROR findings a disclosure's current content has, for overviews of many
 * disclosures: the checks run again only when the disclosure changed or the day did (the
 * publication deadline check depends on today), not on every view of a round's dashboard.
 */
@Component
public class ErrorCounts {

	private record Known(long version, LocalDate day, long errors) {
	}

	private final DisclosureChecks checks;

	private final DisclosureQueries disclosures;

	private final Clock clock;

	// Counts for every department's row of a dashboard, whoever looks at it.
	private final Actor counter = Actor.system("error-counts");

	// One entry per disclosure, replaced when stale: bounded by the number of
	// disclosures.
	private final Map<Long, Known> known = new ConcurrentHashMap<>();

	ErrorCounts(DisclosureChecks checks, DisclosureQueries disclosures, Clock clock) {
		this.checks = checks;
		this.disclosures = disclosures;
		this.clock = clock;
	}

	/** The ERROR findings of the disclosure as it is now. */
	public long of(DisclosureSummary disclosure) {
		LocalDate today = LocalDate.now(clock);
		Known cached = known.get(disclosure.id());
		// Every save and every change of state moves the version on.
		if (cached != null && cached.version() == disclosure.version() && cached.day().equals(today)) {
			return cached.errors();
		}
		long errors = checks.check(disclosures.content(counter, disclosure.id()))
			.stream()
			.filter(f -> f.severity() == Severity.ERROR)
			.count();
		known.put(disclosure.id(), new Known(disclosure.version(), today, errors));
		return errors;
	}

}
