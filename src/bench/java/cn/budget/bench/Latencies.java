package cn.budget.bench;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.regex.Pattern;

/**
 * How long the product took to answer each kind of request, as its client saw it: per method and path
 * (ids replaced, query left out), the count and the mean. Tells which of a task's requests holds the
 * rest of the machine's time.
 */
final class Latencies {

	private static final Pattern ID = Pattern.compile("/[0-9a-f-]*[0-9][0-9a-f-]*(?=/|$)");

	private final Map<String, LongAdder[]> byKind = new ConcurrentHashMap<>();

	void record(String method, String path, long nanos) {
		int query = path.indexOf('?');
		String kind = method + " " + ID.matcher(query < 0 ? path : path.substring(0, query)).replaceAll("/{id}");
		LongAdder[] sums = byKind.computeIfAbsent(kind, k -> new LongAdder[] { new LongAdder(), new LongAdder() });
		sums[0].increment();
		sums[1].add(nanos);
	}

	/** The counts and means since the last call, one line per kind; then starts again. */
	String takeSummary() {
		StringBuilder lines = new StringBuilder();
		new TreeMap<>(byKind).forEach((kind, sums) -> {
			long count = sums[0].sum();
			lines.append(String.format("  %-45s %6d requests, mean %.2f ms%n", kind, count, sums[1].sum() / 1e6 / count));
		});
		byKind.clear();
		return lines.toString();
	}

}
