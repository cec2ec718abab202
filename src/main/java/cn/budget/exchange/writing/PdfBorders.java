package cn.budget.exchange.writing;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdfwriter.ContentStreamWriter;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDStream;

/**
 * Rewrites each page of a rendered document with its table borders as few rectangles
 * ({@link BorderRuns}): a seed-size disclosure's PDF shrinks by about half, since its 36
 * pages of tables were mostly cell borders.
 */
final class PdfBorders {

	private PdfBorders() {
	}

	static void simplify(PDDocument document) throws IOException {
		for (PDPage page : document.getPages()) {
			List<Object> tokens = new PDFStreamParser(page).parse();
			PDStream content = new PDStream(document);
			try (OutputStream out = content.createOutputStream(COSName.FLATE_DECODE)) {
				new ContentStreamWriter(out).writeTokens(BorderRuns.rewrite(tokens));
			}
			page.setContents(content);
		}
	}

}
