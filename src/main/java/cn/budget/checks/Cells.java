package cn.budget.checks;

import java.math.BigDecimal;
import java.util.regex.Pattern;

import cn.budget.disclosure.CellContent;
import cn.budget.disclosure.MeasureUnit;
import cn.budget.disclosure.TargetValue;

/**
 * Reads figures out of cells as typed. Stored documents carry the parsed decimal; documents built
 * in memory (imports in progress, tests) may not, so the text is read the same way the drafting
 * parser reads it.
 */
final class Cells {

	private static final Pattern MASK = Pattern.compile("^\\*{2,}$");

	private static final Pattern DECIMAL = Pattern.compile("^[-+]?\\d+(\\.\\d+)?$");

	private Cells() {
	}

	/** Whether the figure is withheld: masked as published, or confidential without a value. */
	static boolean masked(CellContent cell) {
		if (cell == null) {
			return false;
		}
		String text = cell.trimmed();
		return text == null ? cell.isConfidential() : MASK.matcher(text).matches();
	}

	/** The decimal in a cell, or null when it holds none. */
	static BigDecimal decimal(CellContent cell) {
		if (cell == null) {
			return null;
		}
		if (cell.getAmount() != null) {
			return cell.getAmount();
		}
		return decimal(cell.trimmed());
	}

	/** The decimal a text is, ignoring separators, a trailing unit of money and a percent sign. */
	static BigDecimal decimal(String text) {
		if (text == null) {
			return null;
		}
		String s = TargetValue.toHalfWidth(text).replace(",", "").replace(" ", "").replace("　", "");
		s = strip(strip(strip(strip(s, "万元"), "元"), "%"), "％");
		return DECIMAL.matcher(s).matches() ? new BigDecimal(s) : null;
	}

	/** The unit of money a cell's text is written in, or null when it names none. */
	static MeasureUnit writtenUnit(CellContent cell) {
		String text = cell == null ? null : cell.trimmed();
		if (text == null) {
			return null;
		}
		return text.endsWith("万元") ? MeasureUnit.WAN_YUAN : text.endsWith("元") ? MeasureUnit.YUAN : null;
	}

	/** The text of a cell, or null when blank. */
	static String text(CellContent cell) {
		return cell == null ? null : cell.trimmed();
	}

	private static String strip(String s, String suffix) {
		return s.endsWith(suffix) ? s.substring(0, s.length() - suffix.length()) : s;
	}

}
