package cn.budget.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import cn.budget.disclosure.CellContent;
import cn.budget.disclosure.PartContent;
import cn.budget.disclosure.TableContent;
import cn.budget.template.ColumnDefinition;
import cn.budget.template.TemplateDefinition;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.unbescape.html.HtmlEscape;

/**
 * Test data and judgements of the XSS suite: the payloads, how they are planted in a
 * disclosure's texts, and what a page or a download must (and must not) show of them.
 */
final class XssCorpus {

	static final List<String> PAYLOADS = List.of("<script>alert(1)</script>", "\"><img src=x onerror=alert(1)>",
			"javascript:alert(1)", "</textarea><svg onload=alert(1)>", "{{7*7}}[[${7*7}]]", "' onmouseover='alert(1)");

	/**
	 * All payloads in one text, so that every place a text is shown must show all of
	 * them.
	 */
	static final String ALL = String.join(" ", PAYLOADS);

	/** Markup that only a missing escape lets through, in any HTML context. */
	private static final List<String> RAW = List.of("<script>alert(1)", "<img src=x onerror", "<svg onload",
			"' onmouseover='alert(1)", "href=\"javascript:", "src=\"javascript:");

	private XssCorpus() {
	}

	/**
	 * Appends the corpus to every unmasked text of the parts: fields, table headers and
	 * cells.
	 */
	static void plant(TemplateDefinition template, List<PartContent> parts) {
		for (PartContent part : parts) {
			var definition = template.part(part.getKey()).orElseThrow();
			part.getFields().forEach((key, cell) -> plant(definition.field(key).orElse(null), cell));
			for (TableContent table : part.getTables()) {
				var columns = template.table(table.getKey()).orElseThrow();
				table.getHeader().forEach((key, cell) -> plant(columns.headerField(key).orElse(null), cell));
				table.getRows()
					.forEach(row -> row.getCells()
						.forEach((key, cell) -> plant(columns.column(key).orElse(null), cell)));
			}
		}
	}

	private static void plant(ColumnDefinition column, CellContent cell) {
		boolean text = column != null && switch (column.type()) {
			case TEXT, LONG_TEXT -> column.pattern() == null;
			default -> false;
		};
		if (text && !cell.isConfidential() && !cell.isBlank()) {
			cell.setValue(cell.getValue() + " " + ALL);
		}
	}

	/**
	 * A page: no payload markup unescaped; when it shows the texts, every payload escaped
	 * and unevaluated.
	 */
	static void assertSafePage(String what, String html, boolean showsTexts) {
		assertThat(html).as(what).isNotBlank();
		for (String raw : RAW) {
			assertThat(html).as(what).doesNotContain(raw);
		}
		if (showsTexts) {
			for (String payload : PAYLOADS) {
				assertThat(html).as(what).contains(HtmlEscape.escapeHtml4Xml(payload));
			}
		}
	}

	/**
	 * A download's text holds every payload as plain text; a workbook only as string
	 * cells.
	 */
	static void assertSafeDownload(String what, String extension, byte[] content) throws IOException {
		String text = switch (extension) {
			case "docx" -> {
				try (var word = new XWPFWordExtractor(new XWPFDocument(new ByteArrayInputStream(content)))) {
					yield word.getText();
				}
			}
			case "pdf" -> {
				try (var pdf = Loader.loadPDF(content)) {
					yield new PDFTextStripper().getText(pdf);
				}
			}
			case "xlsx" -> String.join("\n", stringCells(content));
			case "csv" -> new String(content, StandardCharsets.UTF_8).replace("\"\"", "\"");
			default -> new String(content, StandardCharsets.UTF_8);
		};
		// Without white space, so that a payload wrapped in a narrow PDF cell is still
		// found.
		String flat = text.replaceAll("\\s", "");
		for (String payload : PAYLOADS) {
			assertThat(flat).as(what + " " + extension).contains(payload.replaceAll("\\s", ""));
		}
	}

	/**
	 * The workbook's cells that hold a payload; each must be a string cell, never a
	 * formula.
	 */
	private static List<String> stringCells(byte[] content) throws IOException {
		List<String> texts = new ArrayList<>();
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(content))) {
			for (Sheet sheet : workbook) {
				for (Row row : sheet) {
					for (Cell cell : row) {
						if (cell.getCellType() == CellType.FORMULA) {
							assertThat(cell.getCellFormula()).doesNotContain("alert");
						}
						else if (cell.getCellType() == CellType.STRING
								&& cell.getStringCellValue().contains("alert(1)")) {
							texts.add(cell.getStringCellValue());
						}
					}
				}
			}
		}
		return texts;
	}

}
