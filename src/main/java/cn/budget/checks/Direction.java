package cn.budget.checks;

/**
 * Which way an indicator is better: a higher value (completion, satisfaction, reduction
 * rates) or a lower one (failure, loss, accident rates, rankings, costs).
 */
enum Direction {

	HIGHER("≥"), LOWER("≤");

	private final String comparator;

	Direction(String comparator) {
		this.comparator = comparator;
	}

	/** The comparator a target of this direction is written with. */
	String comparator() {
		return comparator;
	}

	/** The direction a comparator states, or null for =, none or an unknown one. */
	static Direction of(String comparator) {
		if (comparator == null) {
			return null;
		}
		return switch (comparator) {
			case "≥", ">" -> HIGHER;
			case "≤", "<" -> LOWER;
			default -> null;
		};
	}

}
