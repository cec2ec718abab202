package cn.budget.exchange.reading;

import java.util.List;

/**
 * One block of a source document in reading order: a paragraph or a table. Both readers
 * (plain text and DOCX) produce the same blocks, so one assembler serves both. Every
 * paragraph and cell carries the line it came from, so that the import report can point
 * at it.
 */
public sealed interface Block permits Block.Paragraph, Block.Table {

	/** The first line of the block. */
	public int line();

	/** A paragraph of text. */
	public record Paragraph(int line, String text) implements Block {
	}

	/** A table: its rows as read, merged cells already collapsed or left blank. */
	public record Table(List<Row> rows) implements Block {

		@Override
		public int line() {
			return rows.isEmpty() ? 0 : rows.get(0).line();
		}

	}

	/** A table row. */
	public record Row(List<Cell> cells) {

		public int line() {
			return cells.isEmpty() ? 0 : cells.get(0).line();
		}

		public boolean isBlank() {
			return cells.stream().allMatch(Cell::isBlank);
		}

		/** The texts of the cells, for the report. */
		public String joined() {
			return String.join(" | ", cells.stream().map(Cell::text).map(String::strip).toList());
		}

	}

	/**
	 * A table cell.
	 *
	 * @param confidential whether the source marked it as withheld (besides a masked
	 * text)
	 */
	public record Cell(int line, String text, boolean confidential) {

		public Cell(int line, String text) {
			this(line, text, false);
		}

		public boolean isBlank() {
			return Text.clean(text).isEmpty() && !confidential;
		}

	}

}
