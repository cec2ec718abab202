package cn.budget.publication;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicBoolean;

import cn.budget.content.DisclosureContent;
import cn.budget.template.TemplateDefinition;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Two more download formats that fail on demand: {@code txt}, stored at publication,
 * fails while {@link #on} is set; {@code md}, rendered on request, while
 * {@link #onRequest} is set.
 */
@TestConfiguration(proxyBeanMethods = false)
class FailingRenderers {

	final AtomicBoolean on = new AtomicBoolean();

	final AtomicBoolean onRequest = new AtomicBoolean();

	@Bean
	PublicationRenderer failingText() {
		return new Failing("txt", on, true);
	}

	@Bean
	PublicationRenderer failingOnRequest() {
		return new Failing("md", onRequest, false);
	}

	/** The render failures counted so far ({@code disclosure.render.failures}). */
	static double failures(MeterRegistry registry) {
		var counter = registry.find(PublicationMetrics.RENDER_FAILURES).counter();
		return counter == null ? 0 : counter.count();
	}

	/** The title as text, unless made to fail. */
	private record Failing(String extension, AtomicBoolean fails, boolean stored) implements PublicationRenderer {

		@Override
		public String mediaType() {
			return "text/plain;charset=UTF-8";
		}

		@Override
		public byte[] render(DisclosureContent masked, TemplateDefinition template) {
			if (fails.get()) {
				throw new IllegalStateException("The renderer is made to fail");
			}
			return masked.title().getBytes(StandardCharsets.UTF_8);
		}

	}

}
