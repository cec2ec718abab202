package cn.budget.exchange.writing;

import java.math.BigInteger;
import java.util.List;

import cn.budget.exchange.reading.DocxReader;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

/**
 * Writes one laid-out table into a Word document: the unit row, the header fields, the
 * header rows with their spans (gridSpan across, vMerge down) and the body, figures
 * right-aligned.
 */
final class DocxTables {

	private static final int TABLE_WIDTH = 9000;

	private static final int CELL_SIZE = 10;

	private DocxTables() {
	}

	static void write(XWPFDocument document, DocumentView.Table view) {
		XWPFTable table = document.createTable();
		table.removeRow(0);
		table.setWidth("100%");
		grid(table, view.width());
		unitRow(table, view);
		spanned(table, view.fields(), view.width());
		spanned(table, view.head(), view.width());
		for (DocumentView.Row body : view.rows()) {
			XWPFTableRow row = table.insertNewTableRow(table.getNumberOfRows());
			for (DocumentView.Cell cell : body.cells()) {
				text(row.addNewTableCell(), cell.text(), cell.confidential(), false, cell.numeric());
			}
		}
	}

	private static void unitRow(XWPFTable table, DocumentView.Table view) {
		XWPFTableRow row = table.insertNewTableRow(table.getNumberOfRows());
		XWPFTableCell name = row.addNewTableCell();
		text(name, view.unitName(), false, false, false);
		if (view.width() > 1) {
			span(name, view.width() - 1);
			text(row.addNewTableCell(), view.unitLine(), false, false, true);
		}
	}

	// Cells covered by a row span from above are written as vMerge continuations.
	private static void spanned(XWPFTable table, List<List<DocumentView.HeadCell>> rows, int width) {
		int[] coveredUntil = new int[width];
		int[] coverSpan = new int[width];
		for (int r = 0; r < rows.size(); r++) {
			XWPFTableRow row = table.insertNewTableRow(table.getNumberOfRows());
			int next = 0;
			int column = 0;
			while (column < width) {
				if (coveredUntil[column] >= r && r > 0 && coverSpan[column] > 0) {
					continued(row, coverSpan[column]);
					column += coverSpan[column];
					continue;
				}
				if (next >= rows.get(r).size()) {
					break;
				}
				DocumentView.HeadCell head = rows.get(r).get(next++);
				XWPFTableCell cell = row.addNewTableCell();
				text(cell, head.text(), head.confidential(), head.label(), false);
				span(cell, head.colspan());
				if (head.rowspan() > 1) {
					merge(cell, STMerge.RESTART);
					coveredUntil[column] = r + head.rowspan() - 1;
					coverSpan[column] = head.colspan();
				}
				column += head.colspan();
			}
		}
	}

	/** A cell that continues the merged cell above it, as wide as that one. */
	private static void continued(XWPFTableRow row, int span) {
		XWPFTableCell covered = row.addNewTableCell();
		span(covered, span);
		merge(covered, STMerge.CONTINUE);
	}

	private static void text(XWPFTableCell cell, String text, boolean confidential, boolean bold, boolean right) {
		XWPFParagraph first = cell.getParagraphs().get(0);
		String[] lines = text == null ? new String[] { "" } : text.split("\n", -1);
		for (int i = 0; i < lines.length; i++) {
			XWPFParagraph paragraph = i == 0 ? first : cell.addParagraph();
			paragraph.setAlignment(
					right ? ParagraphAlignment.RIGHT : bold ? ParagraphAlignment.CENTER : ParagraphAlignment.LEFT);
			if (!lines[i].isEmpty()) {
				var run = DocxWriter.run(paragraph, lines[i], DocxWriter.BODY_FONT, CELL_SIZE, bold);
				if (confidential) {
					run.setStyle(DocxReader.CONFIDENTIAL);
				}
			}
		}
	}

	private static void span(XWPFTableCell cell, int columns) {
		if (columns > 1) {
			properties(cell).addNewGridSpan().setVal(BigInteger.valueOf(columns));
		}
	}

	private static void merge(XWPFTableCell cell, STMerge.Enum how) {
		properties(cell).addNewVMerge().setVal(how);
	}

	private static CTTcPr properties(XWPFTableCell cell) {
		return cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr() : cell.getCTTc().addNewTcPr();
	}

	private static void grid(XWPFTable table, int width) {
		CTTblGrid grid = table.getCTTbl().getTblGrid() == null ? table.getCTTbl().addNewTblGrid()
				: table.getCTTbl().getTblGrid();
		for (int i = 0; i < width; i++) {
			grid.addNewGridCol().setW(BigInteger.valueOf(TABLE_WIDTH / Math.max(1, width)));
		}
	}

}
