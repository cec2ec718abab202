package cn.budget.exchange;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The Chinese font embedded into PDF exports. By default the build's own TrueType font (Droid Sans
 * Fallback, Apache License 2.0, {@code fonts/}) so that a machine with only a JDK exports PDFs; a
 * system font may be configured instead ({@code app.exchange.pdf-font}, a .ttf or .ttc path). The
 * default's bytes are read once: the renderer parses them per document but never touches the disk.
 */
@Component
final class PdfFont {

	/** The bundled font, on the classpath. */
	static final String BUNDLED = "classpath:fonts/DroidSansFallbackFull.ttf";

	private final Path file;

	private final byte[] bundled;

	PdfFont(ExchangeProperties properties) {
		String location = properties.pdfFont();
		if (location.startsWith("classpath:")) {
			this.file = null;
			this.bundled = read(location.substring("classpath:".length()));
		}
		else {
			this.file = Path.of(location.startsWith("file:") ? location.substring("file:".length()) : location);
			this.bundled = null;
			// A configured font that is missing is a set-up error: say so at start, not at the first export.
			if (!Files.isReadable(file)) {
				throw new IllegalStateException("The PDF font " + file + " is not readable: set app.exchange.pdf-font "
						+ "(APP_PDF_FONT) to a TrueType .ttf/.ttc file, or leave it unset for the bundled font");
			}
		}
	}

	/** Registers the font under the family name the document's style sheet asks for first. */
	void addTo(PdfRendererBuilder builder, String family) {
		if (file != null) {
			// A file may be a TrueType collection (.ttc), which only the file variant reads.
			builder.useFont(file.toFile(), family);
		}
		else {
			builder.useFont(() -> (InputStream) new ByteArrayInputStream(bundled), family);
		}
	}

	private static byte[] read(String path) {
		try (InputStream in = new ClassPathResource(path).getInputStream()) {
			return in.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("The bundled PDF font " + path + " is missing from the build", ex);
		}
	}

}
