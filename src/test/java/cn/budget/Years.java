package cn.budget;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * Hands out a fresh fiscal year per test, since a department has one disclosure per year and the
 * test context (and its database) is shared.
 */
public final class Years {

	private static final AtomicInteger NEXT = new AtomicInteger();

	private Years() {
	}

	/**
	 * 2030 to 2100, then 2000 to 2016: the years the product accepts (2000–2100) that the seeds
	 * (2017, 2020), the demo data (last year's published disclosure) and the tests' clock (2026) leave
	 * free.
	 */
	public static int next() {
		int n = NEXT.getAndIncrement();
		int year = n <= 70 ? 2030 + n : 2000 + n - 71;
		if (year > 2016 && year < 2030) {
			throw new IllegalStateException("The tests have used every free fiscal year");
		}
		return year;
	}

}
