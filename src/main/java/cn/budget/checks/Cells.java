package cn.budget.checks;

import java.math.BigDecimal;

import cn.budget.content.CellView;
import cn.budget.content.MeasureUnit;
import cn.budget.content.ValueParser;

/**
 * Reads figures out of cells as typed. Stored documents carry the parsed decimal;
 * documents built in memory (imports in progress, tests) may not, so the text is read
 * leniently by {@link ValueParser#written}.
 */
final class Cells {

	private Cells() {
	}

	/**
	 * Whether the figure is withheld: masked as published, or confidential without a
	 * value.
	 */
	static boolean masked(CellView cell) {
		if (cell == null) {
			return false;
		}
		String text = cell.text();
		return text == null ? cell.confidential() : ValueParser.isMask(text);
	}

	/** The decimal in a cell, or null when it holds none. */
	static BigDecimal decimal(CellView cell) {
		if (cell == null) {
			return null;
		}
		if (cell.amount() != null) {
			return cell.amount();
		}
		return decimal(cell.text());
	}

	/**
	 * The decimal a text is, ignoring separators, a trailing unit of money and a percent
	 * sign.
	 */
	static BigDecimal decimal(String text) {
		return ValueParser.written(text).decimal();
	}

	/** The unit of money a cell's text is written in, or null when it names none. */
	static MeasureUnit writtenUnit(CellView cell) {
		return ValueParser.written(cell == null ? null : cell.text()).unit();
	}

	/**
	 * Whether an import read the value from a sentence of the document's text: such a
	 * value is the text itself, so it is checked by the rules over the text (which quote
	 * the sentence) rather than compared with the text as if a table stated it.
	 */
	static boolean fromText(CellView cell) {
		return cell != null && cell.source() != null && cell.source().fromText();
	}

	/** The sentence a value was read from, or null. */
	static String sentence(CellView cell) {
		return fromText(cell) ? cell.source().sentence() : null;
	}

	/** The text of a cell, or null when blank. */
	static String text(CellView cell) {
		return cell == null ? null : cell.text();
	}

}
