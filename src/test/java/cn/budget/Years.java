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
	 * Between the seeds' years, before the demo's (2025) and the tests' clock (2026), and
	 * after the year tests name (2027). The product's forms take 96 years in all: tests
	 * that create through the services take {@link #beyondTheForms()} instead.
	 */
	private static final int[] BETWEEN = { 2018, 2019, 2021, 2022, 2023, 2024, 2028, 2029 };

	/**
	 * 2030 to 2100, then 2000 to 2016, then the free years between the seeds' and after
	 * the named one: the years the product accepts (2000–2100) that the seeds (2017,
	 * 2020), the demo data (last year's published disclosure), the tests' clock (2026)
	 * and the tests that name a year (2027) leave free.
	 */
	public static int next() {
		int n = NEXT.getAndIncrement();
		if (n <= 70) {
			return 2030 + n;
		}
		if (n <= 87) {
			return 2000 + n - 71;
		}
		if (n - 88 < BETWEEN.length) {
			return BETWEEN[n - 88];
		}
		throw new IllegalStateException("The tests have used every free fiscal year");
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
