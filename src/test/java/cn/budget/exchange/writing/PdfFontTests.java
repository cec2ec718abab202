package cn.budget.exchange.writing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;

import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/**
 * The bundled font as a PDF embeds it: only the glyphs of the document's characters, and
 * the whole font for a character the document's font lacks.
 */
class PdfFontTests {

	private static final String HTML = "<html><body style=\"font-family: 'CJK', 'CJK-FULL'\">"
			+ "<p>县公安局 2025 年部门预算（万元）</p></body></html>";

	private final PdfFont font = new PdfFont(PdfFont.BUNDLED);

	@Test
	void aDocumentEmbedsOneFontWithTheGlyphsOfItsCharactersOnly() throws Exception {
		byte[] pdf = render(HTML, HTML);
		try (PDDocument document = Loader.loadPDF(pdf)) {
			assertThat(new PDFTextStripper().getText(document)).contains("县公安局 2025 年部门预算（万元）");
			List<PDFont> fonts = fonts(document);
			assertThat(fonts).hasSize(1);
			assertThat(fonts.get(0).getName()).matches("[A-Z]{6}\\+.*WenQuanYi.*");
			assertThat(fonts.get(0).isEmbedded()).isTrue();
			// The ASCII range and the document's few characters, not the font's tens of
			// thousands of glyphs.
			assertThat(fontFileLength(fonts.get(0))).isLessThan(60 * 1024);
		}
	}

	@Test
	void aCharacterMissingFromTheDocumentsFontComesFromTheWholeFont() throws Exception {
		byte[] pdf = render(HTML, "县公安局");
		try (PDDocument document = Loader.loadPDF(pdf)) {
			assertThat(new PDFTextStripper().getText(document)).contains("县公安局 2025 年部门预算（万元）");
			assertThat(fonts(document)).hasSize(2).allSatisfy(f -> assertThat(f.isEmbedded()).isTrue());
		}
	}

	@Test
	void aSecondDocumentOfTheSameCharactersEmbedsTheSameSubset() throws Exception {
		byte[] first = render(HTML, HTML);
		byte[] second = render(HTML, HTML);
		try (PDDocument one = Loader.loadPDF(first); PDDocument two = Loader.loadPDF(second)) {
			assertThat(new PDFTextStripper().getText(two)).contains("县公安局 2025 年部门预算（万元）");
			assertThat(fonts(two).get(0).getName()).isEqualTo(fonts(one).get(0).getName());
			assertThat(fontFileLength(fonts(two).get(0))).isEqualTo(fontFileLength(fonts(one).get(0)));
		}
	}

	@Test
	void theCharactersAreDistinctSortedAndKeepPrintableAscii() {
		assertThat(DocumentFont.codePoints("预预算")).startsWith(0x20, 0x21).contains('预', '算', 0x7E, 0x2026);
		assertThat(DocumentFont.codePoints("预预算")).doesNotHaveDuplicates().isSorted();
	}

	private byte[] render(String html, String text) throws Exception {
		try (PdfFont.Lease lease = font.lease();
				PDDocument pdf = new PDDocument();
				ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			PdfRendererBuilder builder = new PdfRendererBuilder();
			builder.usePDDocument(pdf);
			lease.addTo(builder, pdf, text, "CJK", "CJK-FULL");
			builder.withHtmlContent(html, null);
			builder.toStream(out);
			try (PdfBoxRenderer renderer = builder.buildPdfRenderer()) {
				renderer.createPDFWithoutClosing();
				pdf.save(out);
			}
			return out.toByteArray();
		}
	}

	private static List<PDFont> fonts(PDDocument document) throws Exception {
		List<PDFont> fonts = new ArrayList<>();
		PDResources resources = document.getPage(0).getResources();
		for (COSName name : resources.getFontNames()) {
			fonts.add(resources.getFont(name));
		}
		return fonts;
	}

	private static long fontFileLength(PDFont type0) throws Exception {
		var descendant = ((org.apache.pdfbox.pdmodel.font.PDType0Font) type0).getDescendantFont();
		return descendant.getFontDescriptor().getFontFile2().toByteArray().length;
	}

}
