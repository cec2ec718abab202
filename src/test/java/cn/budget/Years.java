package cn.budget;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * Hands out a fresh fiscal year per test, since a department has one disclosure per year and the
 * test context (and its database) is shared.
 */
public final class Years {

	private static final AtomicInteger NEXT = new AtomicInteger(2030);

	private Years() {
	}

	public static int next() {
		return NEXT.getAndIncrement();
	}

}
