package cn.budget.bench;

import java.time.Year;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * The rounds the harness may open in the product: a department has one disclosure per fiscal year
 * (2000–2100) and template, so the measured runs take budget rounds from 2030 on, and the warm-up
 * takes what is left — the budget's other years and every year of the performance template, one
 * after the other: 131 rounds with the default 70 measured years, where the budget's years after the measured
 * ones alone would be 1. Last year's budget is left out: the demo imports 县公安局's. Once they run out,
 * the warm-up goes on with correction runs of its last rounds ({@link ProductRoute#correct}).
 */
final class RoundSlots {

	/** One round: a template and a fiscal year. */
	record Slot(String template, int year) {
	}

	static final String BUDGET = "BUDGET";

	private static final int FIRST_YEAR = 2000;

	private static final int LAST_YEAR = 2100;

	private static final int FIRST_MEASURED = 2030;

	private final Deque<Slot> measured = new ArrayDeque<>();

	private final Deque<Slot> warmup = new ArrayDeque<>();

	RoundSlots(int measuredYears) {
		if (FIRST_MEASURED + measuredYears > LAST_YEAR + 1) {
			throw new IllegalArgumentException("At most " + (LAST_YEAR + 1 - FIRST_MEASURED) + " years of measured rounds");
		}
		int demoYear = Year.now().getValue() - 1;
		List<Slot> budget = new ArrayList<>();
		for (int year = FIRST_YEAR; year <= LAST_YEAR; year++) {
			boolean isMeasured = year >= FIRST_MEASURED && year < FIRST_MEASURED + measuredYears;
			if (isMeasured) {
				measured.add(new Slot(BUDGET, year));
			}
			else if (year != demoYear) {
				budget.add(new Slot(BUDGET, year));
			}
		}
		for (int year = FIRST_YEAR; year <= LAST_YEAR; year++) {
			if (!budget.isEmpty()) {
				warmup.add(budget.remove(0));
			}
			warmup.add(new Slot("PERFORMANCE", year));
		}
		warmup.addAll(budget);
	}

	/** The next years of measured rounds. */
	List<Slot> measured(int years) {
		return take(measured, years);
	}

	/** The next years of warm-up rounds, or fewer (none) when they run out. */
	List<Slot> warmup(int years) {
		return take(warmup, years);
	}

	int warmupLeft() {
		return warmup.size();
	}

	private static List<Slot> take(Deque<Slot> slots, int count) {
		List<Slot> taken = new ArrayList<>();
		while (taken.size() < count && !slots.isEmpty()) {
			taken.add(slots.poll());
		}
		return taken;
	}

}
