package cn.budget.exchange;

import java.util.ArrayList;
import java.util.List;

import cn.budget.publication.PublishedFiles;
import org.springframework.context.ApplicationContext;

/**
 * What a portal download of Word or Excel costs now that they are rendered on request:
 * per format, the first render in the JVM, the median of the renders of the other
 * published disclosures (each a render of its own: the cache is per version), and a
 * download served from the cache. Printed by {@link DisclosureStorageBenchmark}.
 */
final class OnRequestTimes {

	private OnRequestTimes() {
	}

	static void print(ApplicationContext app, List<Long> published) {
		PublishedFiles files = app.getBean(PublishedFiles.class);
		for (String extension : List.of("docx", "xlsx")) {
			List<Double> renders = new ArrayList<>();
			for (long id : published) {
				renders.add(millis(() -> files.find(id, 1, extension).orElseThrow()));
			}
			double cached = millis(() -> files.find(published.get(0), 1, extension).orElseThrow());
			List<Double> warm = new ArrayList<>(renders.subList(1, renders.size()));
			warm.sort(Double::compare);
			System.out.printf(
					"On request %s: first %.0f ms, then median %.0f ms (min %.0f, max %.0f, %d renders),"
							+ " cached %.2f ms, %d bytes%n",
					extension, renders.get(0), warm.get(warm.size() / 2), warm.get(0), warm.get(warm.size() - 1),
					warm.size(), cached, files.find(published.get(0), 1, extension).orElseThrow().content().length);
		}
	}

	private static double millis(Runnable download) {
		long start = System.nanoTime();
		download.run();
		return (System.nanoTime() - start) / 1e6;
	}

}
