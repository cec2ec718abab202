package cn.budget.publication;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xssf.extractor.XSSFExcelExtractor;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/**
 * The text a reader of a published download sees (Word, Excel and PDF read by their own
 * libraries, the data formats as they are), to search for values that must not be there.
 */
final class PublishedText {

	private PublishedText() {
	}

	static String of(String extension, byte[] content) {
		try {
			return switch (extension) {
				case "docx" -> {
					try (XWPFWordExtractor text = new XWPFWordExtractor(
							new XWPFDocument(new ByteArrayInputStream(content)))) {
						yield text.getText();
					}
				}
				case "xlsx" -> {
					try (XSSFExcelExtractor text = new XSSFExcelExtractor(
							new XSSFWorkbook(new ByteArrayInputStream(content)))) {
						yield text.getText();
					}
				}
				case "pdf" -> {
					try (var pdf = Loader.loadPDF(content)) {
						yield new PDFTextStripper().getText(pdf);
					}
				}
				default -> new String(content, StandardCharsets.UTF_8);
			};
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
