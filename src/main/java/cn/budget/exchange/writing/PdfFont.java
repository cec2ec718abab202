package cn.budget.exchange.writing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;

import com.openhtmltopdf.extend.FSCacheEx;
import com.openhtmltopdf.extend.FSCacheValue;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The Chinese font embedded into PDF exports. By default the build's own TrueType font
 * (WenQuanYi Micro Hei, Apache License 2.0, {@code fonts/}) so that a machine with only a
 * JDK exports PDFs; Chinese and Latin glyphs in one font, since a digit missing from the
 * first font cost the renderer a thrown exception before its fallback. A system font may
 * be configured ({@code app.exchange.pdf-font}, .ttf or .ttc: of a collection the first).
 * <p>
 * Parsing a CJK font costs far more than laying out a disclosure (the 16.8 MB WenQuanYi
 * collection: about 146 MB allocated per render), so a font is parsed once and lent to
 * one render at a time (FontBox's parsed fonts read their file on demand and are not safe
 * for concurrent use); renders running at the same moment parse a second copy, which
 * stays for the next ones. Each document embeds only the glyphs it uses (subset), and the
 * layout's font metrics are kept across renders.
 */
public final class PdfFont {

	/** The bundled font, on the classpath. */
	public static final String BUNDLED = "classpath:fonts/wqy-microhei.ttc";

	/**
	 * Parsed copies kept between renders: as many as renders run at once on two cores.
	 */
	private static final int KEPT = 2;

	/**
	 * Subsets kept for the next documents of the same characters: a version's renders
	 * follow each other closely, and a seed-size disclosure's whole PDF, its subset
	 * included, is about 210 KB, so a few are enough and hold little of the idle heap.
	 */
	private static final int KEPT_SUBSETS = 8;

	private final Path file;

	private final boolean collection;

	private final Queue<ParsedFont> idle = new ConcurrentLinkedQueue<>();

	private final FSCacheEx<String, FSCacheValue> metrics = new FontMetricsCache();

	private final FontSubsets subsets = new FontSubsets(KEPT_SUBSETS);

	/**
	 * The font {@code app.exchange.pdf-font} names.
	 * @param location {@code classpath:…} or a file
	 */
	public PdfFont(String location) {
		if (location.startsWith("classpath:")) {
			this.file = BundledFontFile.of(location.substring("classpath:".length()));
		}
		else {
			this.file = Path.of(location.startsWith("file:") ? location.substring("file:".length()) : location);
			// A configured font that is missing is a set-up error: say so at start, not
			// at the first export.
			if (!Files.isReadable(file)) {
				throw new IllegalStateException("The PDF font " + file + " is not readable: set app.exchange.pdf-font "
						+ "(APP_PDF_FONT) to a TrueType .ttf/.ttc file, or leave it unset for the bundled font");
			}
		}
		this.collection = location.toLowerCase(java.util.Locale.ROOT).endsWith(".ttc");
	}

	/** A parsed copy of the font for one render; close it to give it back. */
	Lease lease() {
		ParsedFont parsed = idle.poll();
		return new Lease(parsed != null ? parsed : parse());
	}

	/** A parsed font lent to one render. */
	final class Lease implements AutoCloseable {

		private final ParsedFont parsed;

		private Lease(ParsedFont parsed) {
			this.parsed = parsed;
		}

		/**
		 * Registers the font for a document under the family names its style sheet asks
		 * for: the glyphs of the document's text ({@link DocumentFont}) first, the whole
		 * font second, loaded only if a character is missing from the first. The document
		 * must be the builder's ({@code usePDDocument}), since a loaded font belongs to
		 * one.
		 */
		void addTo(PdfRendererBuilder builder, PDDocument document, CharSequence text, String family,
				String fallbackFamily) {
			builder.useCacheStore(PdfRendererBuilder.CacheStore.PDF_FONT_METRICS, metrics);
			builder.useFont(new DocumentFont(document, parsed.font(), text, subsets), family, 400,
					BaseRendererBuilder.FontStyle.NORMAL, true);
			builder.useFont(new SubsetFont(document, parsed.font()), fallbackFamily, 400,
					BaseRendererBuilder.FontStyle.NORMAL, true);
		}

		@Override
		public void close() {
			if (idle.size() < KEPT) {
				idle.offer(parsed);
			}
			else {
				parsed.close();
			}
		}

	}

	private ParsedFont parse() {
		try {
			if (collection) {
				return ParsedFont.firstOf(new TrueTypeCollection(file.toFile()));
			}
			TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBufferedFile(file.toFile()));
			return new ParsedFont(font, font);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("The PDF font cannot be read", ex);
		}
	}

	/**
	 * Loads the font into the document the first time the layout needs it; glyphs
	 * embedded as a subset.
	 */
	private static final class SubsetFont extends PDFontSupplier {

		private final PDDocument document;

		private final TrueTypeFont font;

		SubsetFont(PDDocument document, TrueTypeFont font) {
			super(null);
			this.document = document;
			this.font = font;
		}

		@Override
		public PDFont supply() {
			try {
				// This variant never closes the parsed font, which outlives the document.
				return PDType0Font.load(document, font, true);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}

	}

}
