package cn.budget;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * Hands out a fresh fiscal year per test, since a department has one disclosure per year
 * and the test context (and its database) is shared.
 */
public final class Years {

	private static final AtomicInteger NEXT = new AtomicInteger();

	private static final AtomicInteger BEYOND = new AtomicInteger(2101);

	private Years() {
	}

	/**
	 * 2030 to 2100, then 2000 to 2016: the years the product accepts (2000–2100) that the
	 * seeds (2017, 2020), the demo data (last year's published disclosure) and the tests'
	 * clock (2026) leave free.
	 */
	public static int next() {
		int n = NEXT.getAndIncrement();
		int year = n <= 70 ? 2030 + n : 2000 + n - 71;
		if (year > 2016 && year < 2030) {
			throw new IllegalStateException("The tests have used every free fiscal year");
		}
		return year;
	}

	/**
	 * A year after 2100, for data a test makes through the services, which take any year
	 * (the product's forms and API refuse years after 2100, so those tests keep
	 * {@link #next()}); there is no end to these.
	 */
	public static int beyondTheForms() {
		return BEYOND.getAndIncrement();
	}

}
