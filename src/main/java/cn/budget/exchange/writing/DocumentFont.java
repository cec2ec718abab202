package cn.budget.exchange.writing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

import cn.budget.shared.Digests;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TTFSubsetter;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The font of one document: only the glyphs of the characters its HTML holds, cut from
 * the parsed font before the layout asks for it. Loading the whole CJK font into a PDF
 * document made PDFBox build and then parse the widths of every one of its glyphs (tens
 * of thousands) for each render, about half of the PDF of a short disclosure; the cut
 * font has as many glyphs as the document has distinct characters, and is embedded as it
 * is (a subset already, named with a subset tag).
 * <p>
 * The HTML holds every character the PDF shows (the style sheets generate no text); the
 * printable ASCII range and the ellipsis are always kept for what the layout adds. A
 * character missing all the same falls back to the whole font ({@link PdfFont}). Recent
 * cuts are shared between documents of the same characters ({@link FontSubsets}).
 */
final class DocumentFont extends PDFontSupplier {

	private static final int[] ALWAYS = { 0x2026 };

	// The tables PDFBox keeps in its own subsets, and those it reads when it embeds a
	// font (cmap, name, OS/2, post); not the vertical metrics and layout tables, which
	// would be most of the file.
	private static final List<String> TABLES = List.of("head", "hhea", "loca", "maxp", "cvt ", "prep", "glyf", "hmtx",
			"fpgm", "gasp", "cmap", "name", "OS/2", "post");

	private final PDDocument document;

	private final TrueTypeFont font;

	private final CharSequence text;

	private final FontSubsets subsets;

	DocumentFont(PDDocument document, TrueTypeFont font, CharSequence text, FontSubsets subsets) {
		super(null);
		this.document = document;
		this.font = font;
		this.text = text;
		this.subsets = subsets;
	}

	@Override
	public PDFont supply() {
		int[] codePoints = codePoints(text);
		String digest = Digests.sha256Hex(Arrays.toString(codePoints));
		byte[] cut = subsets.of(digest, () -> cut(codePoints, digest));
		try {
			TrueTypeFont small = new TTFParser(true).parse(new RandomAccessReadBuffer(cut));
			// Embedded whole: it is the document's subset already.
			return PDType0Font.load(document, small, false);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private byte[] cut(int[] codePoints, String digest) {
		try {
			TTFSubsetter subsetter = new TTFSubsetter(font, TABLES);
			subsetter.setPrefix(tag(digest));
			for (int codePoint : codePoints) {
				subsetter.add(codePoint);
			}
			ByteArrayOutputStream cut = new ByteArrayOutputStream();
			subsetter.writeToStream(cut);
			return cut.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The distinct characters of the text and those always kept, in order. */
	static int[] codePoints(CharSequence text) {
		IntStream always = IntStream.concat(IntStream.rangeClosed(0x20, 0x7E), Arrays.stream(ALWAYS));
		return IntStream.concat(text.codePoints(), always).distinct().sorted().toArray();
	}

	// Six capitals from the characters' digest, as PDF names a subset font
	// ("ABCDEF+Name"): the same characters give the same tag.
	private static String tag(String digest) {
		StringBuilder tag = new StringBuilder(7);
		for (int i = 0; i < 6; i++) {
			tag.append((char) ('A' + Character.digit(digest.charAt(i), 16)));
		}
		return tag.append('+').toString();
	}

}
