package cn.budget.checks;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import cn.budget.disclosure.DisclosureQueries;
import cn.budget.content.DisclosureContent;
import cn.budget.identity.Actor;
import org.springframework.beans.factory.annotation.Autowired;
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

	// How many contents are read and checked together: a province round's first view of
	// its dashboard would otherwise hold every department's whole content in memory at
	// once (a thousand seed-size documents do not fit the 512 MB heap of the run
	// settings).
	private final int batch;

	@Autowired
	ErrorCounts(DisclosureChecks checks, DisclosureQueries disclosures, Clock clock) {
		this(checks, disclosures, clock, 100);
	}

	ErrorCounts(DisclosureChecks checks, DisclosureQueries disclosures, Clock clock, int batch) {
		this.checks = checks;
		this.disclosures = disclosures;
		this.clock = clock;
		this.batch = batch;
	}

	/**
	 * The ERROR findings of several disclosures as they are now, by id.
	 * @param versions each disclosure's version as the caller read it: every save and
	 * every change of state moves it on, so a count of that version and day is still
	 * right; the contents of the others are read together, a batch at a time
	 */
	public Map<Long, Long> of(Map<Long, Long> versions) {
		LocalDate today = LocalDate.now(clock);
		Map<Long, Long> counts = new HashMap<>();
		versions.forEach((id, version) -> {
			Known cached = known.get(id);
			if (cached != null && cached.version() == version && cached.day().equals(today)) {
				counts.put(id, cached.errors());
			}
		});
		List<Long> stale = versions.keySet().stream().filter(id -> !counts.containsKey(id)).toList();
		for (int from = 0; from < stale.size(); from += batch) {
			List<Long> ids = stale.subList(from, Math.min(stale.size(), from + batch));
			for (DisclosureContent content : disclosures.contents(counter, ids)) {
				long errors = checks.check(content).stream().filter(f -> f.severity() == Severity.ERROR).count();
				known.put(content.id(), new Known(content.version(), today, errors));
				counts.put(content.id(), errors);
			}
		}
		return counts;
	}

}
