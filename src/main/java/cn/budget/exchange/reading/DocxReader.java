package cn.budget.exchange.reading;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

/**
 * Reads a {@code .docx} into the same blocks as a Word text dump: paragraphs, and tables
 * whose horizontally merged cells count once and whose vertically merged cells are blank
 * below their first row. Indentation becomes full-width spaces (two per level), and runs
 * in the {@value #CONFIDENTIAL} character style mark a cell as confidential, as the DOCX
 * export writes them. Lines are counted over paragraphs and cells in reading order.
 */
public final class DocxReader {

	/** The character style of confidential values in exported documents. */
	public static final String CONFIDENTIAL = "Confidential";

	private static final int TWIPS_PER_LEVEL = 420;

	private final List<Block> blocks = new ArrayList<>();

	private int line;

	private DocxReader() {
	}

	static SourceDocument read(InputStream in) throws IOException {
		DocxReader reader = new DocxReader();
		try (XWPFDocument document = new XWPFDocument(in)) {
			for (IBodyElement element : document.getBodyElements()) {
				if (element instanceof XWPFParagraph paragraph) {
					reader.paragraph(paragraph);
				}
				else if (element instanceof XWPFTable table) {
					reader.table(table);
				}
			}
		}
		return new SourceDocument(reader.blocks);
	}

	private void paragraph(XWPFParagraph paragraph) {
		line++;
		String text = Characters.read(paragraph.getText());
		if (!text.isBlank()) {
			blocks.add(new Block.Paragraph(line, indent(paragraph) + text));
		}
	}

	// Word keeps a table that goes on after a page break as one; a dump shows no boundary
	// either.
	private void table(XWPFTable table) {
		List<Block.Row> rows = new ArrayList<>();
		if (!blocks.isEmpty() && blocks.get(blocks.size() - 1) instanceof Block.Table previous) {
			rows.addAll(previous.rows());
			blocks.remove(blocks.size() - 1);
		}
		for (XWPFTableRow row : table.getRows()) {
			List<Block.Cell> cells = new ArrayList<>();
			for (XWPFTableCell cell : row.getTableCells()) {
				cells.add(cell(cell));
			}
			rows.add(new Block.Row(cells));
		}
		blocks.add(new Block.Table(rows));
	}

	private Block.Cell cell(XWPFTableCell cell) {
		line++;
		if (continuesVerticalMerge(cell)) {
			return new Block.Cell(line, "");
		}
		List<String> paragraphs = new ArrayList<>();
		boolean confidential = false;
		for (XWPFParagraph paragraph : cell.getParagraphs()) {
			paragraphs.add((paragraphs.isEmpty() ? indent(paragraph) : "") + Characters.read(paragraph.getText()));
			confidential |= paragraph.getRuns().stream().anyMatch(DocxReader::isConfidential);
		}
		for (XWPFTable nested : cell.getTables()) {
			paragraphs.add(nested.getText());
		}
		return new Block.Cell(line, String.join("\n", paragraphs).strip().isEmpty() ? "" : joined(paragraphs),
				confidential);
	}

	private static String joined(List<String> paragraphs) {
		List<String> kept = new ArrayList<>(paragraphs);
		while (!kept.isEmpty() && kept.get(kept.size() - 1).isBlank()) {
			kept.remove(kept.size() - 1);
		}
		return String.join("\n", kept);
	}

	private static boolean continuesVerticalMerge(XWPFTableCell cell) {
		CTTcPr properties = cell.getCTTc().getTcPr();
		return properties != null && properties.isSetVMerge()
				&& (properties.getVMerge().getVal() == null || properties.getVMerge().getVal() == STMerge.CONTINUE);
	}

	private static boolean isConfidential(XWPFRun run) {
		return CONFIDENTIAL.equals(run.getStyle());
	}

	// Indentation set on the paragraph reads like the full-width spaces typed in dumps.
	private static String indent(XWPFParagraph paragraph) {
		int twips = Math.max(twips(paragraph.getIndentationLeft()), twips(paragraph.getIndentationFirstLine()));
		return "\u3000\u3000".repeat(Math.max(0, twips / TWIPS_PER_LEVEL));
	}

	private static int twips(int value) {
		return value < 0 ? 0 : value;
	}

}
