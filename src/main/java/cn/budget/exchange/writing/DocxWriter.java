package cn.budget.exchange.writing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import cn.budget.exchange.reading.DocxReader;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STShd;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

/**
 * Writes a laid-out disclosure as a Word document like the published ones: a centred
 * title, part headings, numbered sections, body text and tables. Confidential values of a
 * staff copy carry the {@value DocxReader#CONFIDENTIAL} character style (grey shading),
 * which imports read back.
 */
public final class DocxWriter {

	static final String BODY_FONT = "SimSun";

	static final String HEADING_FONT = "SimHei";

	private static final int TITLE_SIZE = 18;

	private static final int HEADING_SIZE = 14;

	private static final int BODY_SIZE = 12;

	private static final int FIRST_LINE_INDENT = 480;

	private DocxWriter() {
	}

	public static byte[] write(DocumentView view) {
		try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			confidentialStyle(document);
			XWPFParagraph title = paragraph(document, view.title(), HEADING_FONT, TITLE_SIZE, true);
			title.setAlignment(ParagraphAlignment.CENTER);
			for (DocumentView.Part part : view.parts()) {
				paragraph(document, part.heading(), HEADING_FONT, HEADING_SIZE, true);
				part.elements().forEach(element -> element(document, element));
			}
			document.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void element(XWPFDocument document, DocumentView.Element element) {
		if (element.heading() != null) {
			paragraph(document, element.heading(), BODY_FONT, BODY_SIZE, true);
		}
		for (String text : element.paragraphs()) {
			paragraph(document, text, BODY_FONT, BODY_SIZE, false).setIndentationFirstLine(FIRST_LINE_INDENT);
		}
		if (element.table() != null) {
			XWPFParagraph caption = paragraph(document, element.table().title(), HEADING_FONT, BODY_SIZE, true);
			caption.setAlignment(ParagraphAlignment.CENTER);
			DocxTables.write(document, element.table());
			document.createParagraph();
		}
	}

	static XWPFParagraph paragraph(XWPFDocument document, String text, String font, int size, boolean bold) {
		XWPFParagraph paragraph = document.createParagraph();
		run(paragraph, text, font, size, bold);
		return paragraph;
	}

	static XWPFRun run(XWPFParagraph paragraph, String text, String font, int size, boolean bold) {
		XWPFRun run = paragraph.createRun();
		run.setText(text);
		run.setFontFamily(font);
		run.setFontFamily(font, XWPFRun.FontCharRange.eastAsia);
		run.setFontSize(size);
		run.setBold(bold);
		return run;
	}

	private static void confidentialStyle(XWPFDocument document) {
		CTStyle style = CTStyle.Factory.newInstance();
		style.setStyleId(DocxReader.CONFIDENTIAL);
		style.setType(STStyleType.CHARACTER);
		style.addNewName().setVal(DocxReader.CONFIDENTIAL);
		var shading = style.addNewRPr().addNewShd();
		shading.setVal(STShd.CLEAR);
		shading.setFill("D9D9D9");
		document.createStyles().addStyle(new XWPFStyle(style));
	}

}
