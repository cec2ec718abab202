package cn.budget.exchange.writing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdfwriter.ContentStreamWriter;
import org.junit.jupiter.api.Test;

class BorderRunsTests {

	// Two cells of one row as openhtmltopdf paints them: each cell's right side and
	// bottom as a quadrilateral with mitred ends, then the row's text.
	static final String ROW = """
			0.26667 0.26667 0.26667 rg
			100.5 131.5 m 100.5 112 l 100 112.5 l 100 131 l h f
			100.5 112 m 42 112 l 42.5 112.5 l 100 112.5 l h f
			200.5 131.5 m 200.5 112 l 200 112.5 l 200 131 l h f
			200.5 112 m 100 112 l 100.5 112.5 l 200 112.5 l h f
			BT /F1 9 Tf 1 0 0 1 45 118 Tm (ab) Tj ET
			""";

	@Test
	void aRunOfBorderPiecesBecomesOnePathWithTheLinesJoined() throws IOException {
		String out = rewritten(ROW);
		// One bottom line from the first cell's left to the second's right; the two right
		// sides stay apart (different columns); all filled once, before the text.
		String bottomLine = "0.26667 0.26667 0.26667 rg 42.0 112.0 158.5 0.5 re ";
		assertThat(out).startsWith(bottomLine + "100.0 112.0 0.5 19.5 re 200.0 112.0 0.5 19.5 re f BT");
		assertThat(out).containsOnlyOnce(" f ");
		assertThat(out).contains("BT /F1 9 Tf 1 0 0 1 45 118 Tm (ab) Tj ET");
	}

	@Test
	void piecesOfDifferentRunsAreNotJoined() throws IOException {
		String out = rewritten("""
				0 0 0 rg 10 10 m 50 10 l 50 10.5 l 10 10.5 l h f
				1 0 0 rg 50 10 m 90 10 l 90 10.5 l 50 10.5 l h f
				""");
		assertThat(out).isEqualTo("0 0 0 rg 10.0 10.0 40.0 0.5 re f 1 0 0 rg 50.0 10.0 40.0 0.5 re f");
	}

	@Test
	void aSlantedOrWideQuadrilateralIsWrittenAsItWas() throws IOException {
		String slanted = "0 0 0 rg 10 10 m 60 40 l 61 40 l 11 10 l h f";
		assertThat(rewritten(slanted)).isEqualTo(slanted);
		String wide = "0 0 0 rg 10 10 m 60 12 l 60 40 l 10 40 l h f";
		assertThat(rewritten(wide)).isEqualTo(wide);
	}

	@Test
	void aPageWithAGraphicsStateIsLeftAlone() throws IOException {
		String transparent = "/GS1 gs 0 0 0 rg 10 10 m 50 10 l 50 10.5 l 10 10.5 l h f";
		assertThat(rewritten(transparent)).isEqualTo(transparent);
	}

	private static String rewritten(String content) throws IOException {
		var tokens = new PDFStreamParser(content.getBytes(StandardCharsets.US_ASCII)).parse();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		new ContentStreamWriter(out).writeTokens(BorderRuns.rewrite(tokens));
		return out.toString(StandardCharsets.US_ASCII).replaceAll("\\s+", " ").trim();
	}

}
