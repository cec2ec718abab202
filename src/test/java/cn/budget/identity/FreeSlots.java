package cn.budget.identity;

import java.util.List;
import java.util.Optional;

import cn.budget.Years;
import cn.budget.disclosure.DisclosureQueries;
import cn.budget.disclosure.DisclosureSummary;
import cn.budget.workflow.Routes;

/**
 * The years and templates for which 312 has no disclosure yet, for the routes that create
 * one ({@link RouteFixtures#freeSlot()}).
 */
class FreeSlots {

	private final DisclosureQueries disclosures;

	private final Routes routes;

	private int creationYear = Years.next();

	FreeSlots(DisclosureQueries disclosures, Routes routes) {
		this.disclosures = disclosures;
		this.routes = routes;
	}

	/**
	 * A year and template for which 312 has no disclosure yet, so creating one is
	 * allowed.
	 */
	Slot next() {
		while (true) {
			List<String> taken = disclosures.list(routes.actor("admin"), creationYear, "312")
				.stream()
				.map(DisclosureSummary::template)
				.toList();
			Optional<String> free = List.of("BUDGET", "PERFORMANCE")
				.stream()
				.filter(t -> !taken.contains(t))
				.findFirst();
			if (free.isPresent()) {
				return new Slot(creationYear, free.get());
			}
			creationYear = Years.next();
		}
	}

	/** A fiscal year and template to create a disclosure of 312 for. */
	record Slot(int year, String template) {
	}

}
