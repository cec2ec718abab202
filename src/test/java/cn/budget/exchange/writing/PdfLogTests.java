package cn.budget.exchange.writing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/**
 * The PDF renderer's messages reach the application's log, at the levels its
 * configuration sets for {@code com.openhtmltopdf}.
 */
class PdfLogTests {

	private final Logger renderer = (Logger) LoggerFactory.getLogger("com.openhtmltopdf");

	private final ListAppender<ILoggingEvent> events = new ListAppender<>();

	@BeforeEach
	void listen() {
		PdfLog.install();
		events.start();
		renderer.addAppender(events);
	}

	@AfterEach
	void stopListening() {
		renderer.detachAppender(events);
		renderer.setLevel(null);
	}

	@Test
	void aRendersMessagesAreLoggedUnderTheRenderersNamesAndLevels() throws Exception {
		renderer.setLevel(Level.INFO);
		render();
		assertThat(events.list).isNotEmpty()
			.allSatisfy(e -> assertThat(e.getLoggerName()).startsWith("com.openhtmltopdf."))
			.anySatisfy(e -> assertThat(e.getLevel()).isEqualTo(Level.INFO));
	}

	@Test
	void atWarnARenderWithoutProblemsLogsNothing() throws Exception {
		renderer.setLevel(Level.WARN);
		render();
		assertThat(events.list).isEmpty();
	}

	private static void render() throws Exception {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		PdfRendererBuilder builder = new PdfRendererBuilder();
		builder.withHtmlContent("<html><body><p>2025</p></body></html>", null);
		builder.toStream(out);
		builder.run();
		assertThat(out.size()).isPositive();
	}

}
