package cn.budget.exchange.writing;

import java.math.BigDecimal;
import java.util.List;

/**
 * A disclosure laid out for reading, the way published documents read: numbered parts,
 * section headings, paragraphs and numbered items, and tables with their caption, unit,
 * header fields, header rows and body rows with values formatted (and masked for the
 * public). The HTML page, the PDF, the DOCX and the XLSX are all written from this one
 * layout.
 *
 * @param title the document's title
 * @param unitOfMeasure the document's unit of measure, e.g. 万元
 * @param parts the parts in order
 */
public record DocumentView(String title, String unitOfMeasure, List<Part> parts) {

	/** A part: its heading ({@code 一、部门职责及机构设置情况}) and elements. */
	public record Part(String key, String heading, List<Element> elements) {
	}

	/**
	 * One element of a part: a section heading (may be null), then paragraphs or a table.
	 *
	 * @param kind what it holds
	 * @param key the field or table key in the template
	 */
	public record Element(Kind kind, String key, String heading, List<String> paragraphs, Table table) {

		/** What an element holds. */
		public enum Kind {

			/** Paragraphs of text, numbered items or labelled amounts. */
			TEXT,
			/** A table. */
			TABLE

		}

	}

	/**
	 * A table laid out.
	 *
	 * @param title its caption
	 * @param unitName the unit it belongs to ({@code 312006 交通警察大队}), may be empty
	 * @param unitLine the unit of measure line ({@code 单位：万元})
	 * @param fields header fields as label and value, row by row
	 * @param head the column header rows
	 * @param rows the body rows
	 * @param amounts per column, whether it holds money (in the table's unit)
	 * @param unit the table's unit of measure, e.g. 万元
	 */
	public record Table(String key, String title, String unitName, String unitLine, List<List<HeadCell>> fields,
			List<List<HeadCell>> head, List<Row> rows, List<Boolean> amounts, String unit) {

		/** The number of columns. */
		public int width() {
			return amounts.size();
		}

	}

	/**
	 * A header cell or header field cell, spanning columns and rows; the cells a row span
	 * covers are not listed in the rows below.
	 */
	public record HeadCell(String text, int colspan, int rowspan, boolean label, boolean confidential) {
	}

	/**
	 * A body row.
	 *
	 * @param level indentation level (activities under their duty)
	 * @param role DATA, SUBTOTAL, TOTAL or GROUP
	 */
	public record Row(int level, String role, List<Cell> cells) {
	}

	/**
	 * A body cell.
	 *
	 * @param text as shown (masked when confidential and published)
	 * @param number the exact figure of an amount, number or percentage, null otherwise
	 * (and when masked)
	 */
	public record Cell(String text, boolean confidential, boolean numeric, BigDecimal number) {
	}

}
