package cn.budget.tracking;

import cn.budget.content.DisclosureState;
import cn.budget.disclosure.DisclosureSummary;

/**
 * Where a department stands in a round, as the dashboard counts it.
 */
public enum Stage {

	NOT_STARTED, DRAFTING, WITH_LEADER, IN_REVIEW, RETURNED, APPROVED, PUBLISHED;

	static Stage of(DisclosureSummary disclosure, boolean everSubmitted) {
		return switch (disclosure.state()) {
			case DRAFT -> disclosure.untouched() && !everSubmitted ? NOT_STARTED : DRAFTING;
			case WITH_LEADER -> WITH_LEADER;
			case IN_REVIEW -> IN_REVIEW;
			case RETURNED -> RETURNED;
			case APPROVED -> APPROVED;
			case PUBLISHED -> PUBLISHED;
		};
	}

	static Stage of(DisclosureState state) {
		return valueOf(state == DisclosureState.DRAFT ? "DRAFTING" : state.name());
	}

}
