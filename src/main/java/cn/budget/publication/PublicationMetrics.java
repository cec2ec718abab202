package cn.budget.publication;

import java.util.function.Supplier;

import cn.budget.disclosure.DisclosureEvent;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Publication's metrics: publications that took effect ({@code disclosure.publications},
 * by kind: {@code first} or {@code correction}) and how long each published file takes to
 * render ({@code disclosure.render}, by format, the name the exchange's staff exports use
 * too), renders that failed ({@code disclosure.render.failures}) and Word or Excel
 * downloads refused for want of a render slot ({@code disclosure.downloads.refused}).
 */
@Component
class PublicationMetrics {

	static final String PUBLICATIONS = "disclosure.publications";

	static final String RENDER = "disclosure.render";

	static final String RENDER_FAILURES = "disclosure.render.failures";

	static final String DOWNLOADS_REFUSED = "disclosure.downloads.refused";

	private final MeterRegistry registry;

	PublicationMetrics(MeterRegistry registry) {
		this.registry = registry;
	}

	<T> T timeRender(String format, Supplier<T> render) {
		return Timer.builder(RENDER)
			.description("Rendering of a disclosure as a file, by format")
			.tag("format", format)
			.register(registry)
			.record(render);
	}

	/**
	 * A published version's stored files (retried) or a download rendered on request
	 * (answered 503) could not be rendered; worth an alert when it keeps rising.
	 */
	void renderFailed() {
		Counter.builder(RENDER_FAILURES)
			.description("Renders of a published version's files that failed: stored files wait for a retry, "
					+ "a download rendered on request answered 503")
			.register(registry)
			.increment();
	}

	// After the commit: a publication whose transaction rolled back never happened.
	@TransactionalEventListener(fallbackExecution = true)
	void on(DisclosureEvent.Published event) {
		Counter.builder(PUBLICATIONS)
			.description("Published versions of disclosures, first publications and corrections")
			.tag("kind", event.publishedVersion() > 1 ? "correction" : "first")
			.register(registry)
			.increment();
	}

	/**
	 * A Word or Excel download found no free render slot (answered 503): counted, not
	 * logged, so that a flood of such requests does not flood the log too.
	 */
	void downloadRefused() {
		Counter.builder(DOWNLOADS_REFUSED)
			.description("Word or Excel downloads answered 503 because every render slot was taken")
			.register(registry)
			.increment();
	}

}
