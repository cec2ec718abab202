package cn.budget.exchange;

import java.util.function.Supplier;

import cn.budget.exchange.reading.UploadRejectedException;
import cn.budget.shared.DomainException;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * The exchange's metrics: how long a staff export takes to render
 * ({@code disclosure.render}, by format; the portal's files are timed under the same name
 * by publication) and how imports end ({@code disclosure.imports}, by outcome:
 * {@code imported}, {@code rejected} for a file or content that cannot be taken,
 * {@code denied}, {@code failed} for anything unexpected).
 */
@Component
class ExchangeMetrics {

	static final String RENDER = "disclosure.render";

	static final String IMPORTS = "disclosure.imports";

	private final MeterRegistry registry;

	ExchangeMetrics(MeterRegistry registry) {
		this.registry = registry;
	}

	<T> T timeRender(DisclosureExports.Format format, Supplier<T> render) {
		return Timer.builder(RENDER)
			.description("Rendering of a disclosure as a file, by format")
			.tag("format", format.extension())
			.register(registry)
			.record(render);
	}

	/** Runs an import and counts how it ended. */
	ImportOutcome countImport(Supplier<ImportOutcome> importing) {
		String outcome = "failed";
		try {
			ImportOutcome imported = importing.get();
			outcome = "imported";
			return imported;
		}
		catch (UploadRejectedException | DomainException ex) {
			outcome = "rejected";
			throw ex;
		}
		catch (AccessDeniedException ex) {
			outcome = "denied";
			throw ex;
		}
		finally {
			Counter.builder(IMPORTS)
				.description("Imports of documents, by outcome")
				.tag("outcome", outcome)
				.register(registry)
				.increment();
		}
	}

}
