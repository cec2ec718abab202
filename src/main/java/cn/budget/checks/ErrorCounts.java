package cn.budget.checks;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import cn.budget.disclosure.DisclosureQueries;
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

	/**
	 * The ERROR findings of the disclosure as it is now.
	 * @param version its version as the caller read it: every save and every change of
	 * state moves it on, so a count of that version and day is still right
	 */
	public long of(long disclosureId, long version) {
		LocalDate today = LocalDate.now(clock);
		Known cached = known.get(disclosureId);
		if (cached != null && cached.version() == version && cached.day().equals(today)) {
			return cached.errors();
		}
		long errors = checks.check(disclosures.content(counter, disclosureId))
			.stream()
			.filter(f -> f.severity() == Severity.ERROR)
			.count();
		known.put(disclosureId, new Known(version, today, errors));
		return errors;
	}

}
