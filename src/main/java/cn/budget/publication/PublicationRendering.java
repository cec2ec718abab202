package cn.budget.publication;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import cn.budget.disclosure.DisclosureEvent;
import cn.budget.disclosure.DisclosureVersions;
import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Renders a published version's stored files (PDF, data package, CSV) after its
 * publication has committed, so that publishing answers without waiting for them (the PDF
 * is most of a second of CPU for a seed-size disclosure). Until its files are stored the
 * portal keeps showing what it showed before (nothing, or the previous version). A render
 * that fails is logged, counted ({@code disclosure.render.failures}, to alert on) and
 * retried every minute; renders a crash interrupted are done at start, before the server
 * takes requests. {@code app.publication.render-threads} renders run at once (0: in the
 * publishing thread, right after its commit, as the tests do).
 */
@Component
class PublicationRendering implements SmartInitializingSingleton {

	private static final Logger log = LoggerFactory.getLogger(PublicationRendering.class);

	private final PublishedFiles files;

	private final DisclosureVersions versions;

	private final PortalEntries entries;

	private final PublicationMetrics metrics;

	private final Executor executor;

	/** Versions queued or being rendered here, which a retry leaves alone. */
	private final Set<String> underWay = ConcurrentHashMap.newKeySet();

	PublicationRendering(PublishedFiles files, DisclosureVersions versions, PortalEntries entries,
			PublicationMetrics metrics, @Value("${app.publication.render-threads:1}") int threads) {
		this.files = files;
		this.versions = versions;
		this.entries = entries;
		this.metrics = metrics;
		this.executor = threads == 0 ? Runnable::run : Executors.newFixedThreadPool(threads, task -> {
			Thread thread = new Thread(task, "publication-render");
			thread.setDaemon(true);
			return thread;
		});
	}

	@TransactionalEventListener(fallbackExecution = true)
	void on(DisclosureEvent.Published event) {
		submit(event.disclosureId(), event.publishedVersion());
	}

	/** Every published version whose files are missing, e.g. after a failed render. */
	@Scheduled(cron = "${app.publication.retry-cron:30 * * * * *}")
	void retry() {
		pending().forEach(this::submit);
	}

	// Before the web server starts: a version published just before a crash gets its
	// files first.
	@Override
	public void afterSingletonsInstantiated() {
		pending().forEach(this::renderNow);
	}

	/**
	 * Per disclosure with a version the portal does not show yet: the newest such
	 * version.
	 */
	Map<Long, Integer> pending() {
		Map<Long, Integer> shown = entries.shown();
		Map<Long, Integer> pending = new java.util.HashMap<>();
		versions.newestPublished().forEach((id, newest) -> {
			if (newest > shown.getOrDefault(id, 0)) {
				pending.put(id, newest);
			}
		});
		return pending;
	}

	private void submit(long disclosureId, int version) {
		String key = disclosureId + "/" + version;
		if (!underWay.add(key)) {
			return;
		}
		try {
			executor.execute(() -> {
				try {
					renderNow(disclosureId, version);
				}
				finally {
					underWay.remove(key);
				}
			});
		}
		catch (RuntimeException ex) {
			underWay.remove(key);
			throw ex;
		}
	}

	private void renderNow(long disclosureId, int version) {
		try {
			files.render(disclosureId, version);
		}
		catch (RuntimeException ex) {
			metrics.renderFailed();
			log.error("The files of disclosure {} published version {} could not be rendered; the portal keeps "
					+ "showing the version before until a retry succeeds", disclosureId, version, ex);
		}
	}

	@PreDestroy
	void stop() throws InterruptedException {
		if (executor instanceof ExecutorService service) {
			// A render cut short is done again at the next start.
			service.shutdown();
			service.awaitTermination(20, TimeUnit.SECONDS);
		}
	}

}
