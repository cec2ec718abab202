package cn.budget.content;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.budget.template.ColumnDefinition;

/**
 * Turns what a drafter typed into the value to store, by the column's type, or reports
 * what is wrong with it as a message key and arguments. The value comes back as a
 * {@link CellView} with its parsed parts (amount, comparator, unit) and no provenance.
 */
public final class ValueParser {

	/** Masked cells of published documents: a run of asterisks. */
	private static final Pattern MASK = Pattern.compile("^\\*{2,}$");

	private static final Pattern DECIMAL = Pattern.compile("^[-+]?\\d+(\\.\\d+)?$");

	// Commas only as thousands separators: 1,234.56 but never 12,34 (a decimal comma).
	private static final Pattern GROUPED = Pattern.compile("^[-+]?\\d{1,3}(,\\d{3})+(\\.\\d+)?$");

	private static final Pattern DATE = Pattern
		.compile("^(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})\\s*日?$");

	private static final int MAX_TEXT = 2000;

	private static final int MAX_LONG_TEXT = 100000;

	private static final BigDecimal MAX_AMOUNT = new BigDecimal("1000000000000000");

	/** A value that cannot be stored, with the message key and its arguments. */
	public record Problem(String messageKey, Object... args) {
	}

	/** The outcome: a value (null when there is none to store), or a problem. */
	public record Result(CellView value, Problem problem) {

		public boolean ok() {
			return problem == null;
		}

	}

	/**
	 * A figure as written: its decimal (or null when it is none) and the unit of money
	 * after it (or null).
	 */
	public record Written(BigDecimal decimal, MeasureUnit unit) {
	}

	private ValueParser() {
	}

	/** Whether a text is a published mask: a run of asterisks. */
	public static boolean isMask(String text) {
		return text != null && MASK.matcher(text).matches();
	}

	/**
	 * Reads a figure leniently, for checks of what was written rather than for storing
	 * it: the decimal ignores separators, spaces and a unit of money or percent sign
	 * after it.
	 */
	public static Written written(String text) {
		if (text == null) {
			return new Written(null, null);
		}
		String s = TargetValue.toHalfWidth(text).replace(",", "").replace(" ", "").replace("　", "");
		MeasureUnit unit = s.endsWith("万元") ? MeasureUnit.WAN_YUAN : s.endsWith("元") ? MeasureUnit.YUAN : null;
		s = strip(strip(strip(strip(s, "万元"), "元"), "%"), "％");
		return new Written(DECIMAL.matcher(s).matches() ? new BigDecimal(s) : null, unit);
	}

	private static String strip(String s, String suffix) {
		return s.endsWith(suffix) ? s.substring(0, s.length() - suffix.length()) : s;
	}

	/** Parses a value as read (an imported cell), as the typed text below. */
	public static Result parse(ColumnDefinition column, CellView cell, MeasureUnit tableUnit) {
		return parse(column, cell.text(), cell.confidential(), tableUnit);
	}

	/**
	 * Parses one typed value.
	 * @param column the column or field definition, must not be null
	 * @param text what was typed, trimmed; null when blank
	 * @param confidential whether the value is confidential
	 * @param tableUnit the unit of measure that amounts are declared in
	 */
	public static Result parse(ColumnDefinition column, String text, boolean confidential, MeasureUnit tableUnit) {
		if (isMask(text)) {
			// A published mask: the figure is confidential and unknown here.
			return new Result(value(null, null, null, null, true), null);
		}
		if (text == null) {
			return new Result(confidential ? value(null, null, null, null, true) : null, null);
		}
		return switch (column.type()) {
			case TEXT, CODE -> text(column, text, confidential, MAX_TEXT);
			case LONG_TEXT -> text(column, text, confidential, MAX_LONG_TEXT);
			case AMOUNT -> decimal(text, confidential, tableUnit, false);
			case NUMBER -> decimal(text, confidential, null, false);
			case PERCENT -> decimal(text, confidential, null, true);
			case TARGET -> target(text, confidential);
			case DATE -> date(text, confidential);
		};
	}

	private static Result text(ColumnDefinition column, String text, boolean confidential, int max) {
		if (text.length() > max) {
			return problem("validation.tooLong", max);
		}
		if (column.pattern() != null && !text.matches(column.pattern())) {
			return problem(column.patternMessage() == null ? "validation.pattern" : column.patternMessage(), text);
		}
		return new Result(value(text, null, null, null, confidential), null);
	}

	private static Result decimal(String typed, boolean confidential, MeasureUnit tableUnit, boolean percent) {
		String s = TargetValue.toHalfWidth(typed).replace("，", ",").replace(" ", "");
		if (s.equals("-") || s.equals("—") || s.equals("——") || s.equals("--")) {
			return new Result(value(typed, null, null, null, confidential), null);
		}
		String written = null;
		if (percent && (s.endsWith("%") || s.endsWith("％"))) {
			s = s.substring(0, s.length() - 1);
		}
		else if (s.endsWith("万元") || s.endsWith("元")) {
			written = s.endsWith("万元") ? "万元" : "元";
			s = s.substring(0, s.length() - written.length());
		}
		if (s.indexOf(',') >= 0) {
			if (!GROUPED.matcher(s).matches()) {
				return problem("validation.decimalComma", typed);
			}
			s = s.replace(",", "");
		}
		if (!DECIMAL.matcher(s).matches()) {
			return problem(percent ? "validation.percent" : "validation.decimal", typed);
		}
		if (written != null && tableUnit != null && !written.equals(tableUnit.label())) {
			return problem("validation.unitMismatch", written, tableUnit.label());
		}
		return inRange(typed, new BigDecimal(s), confidential, tableUnit, percent);
	}

	// The number as stored: within the columns' scale and size, a percentage in 0–100.
	private static Result inRange(String typed, BigDecimal value, boolean confidential, MeasureUnit tableUnit,
			boolean percent) {
		if (value.scale() > 6) {
			return problem("validation.scale", 6);
		}
		if (value.abs().compareTo(MAX_AMOUNT) >= 0) {
			return problem("validation.tooLarge", typed);
		}
		if (percent && (value.signum() < 0 || value.compareTo(BigDecimal.valueOf(100)) > 0)) {
			return problem("validation.percentRange", typed);
		}
		return new Result(value(typed, value, null, tableUnit == null ? null : tableUnit.label(), confidential), null);
	}

	private static Result target(String text, boolean confidential) {
		if (text.length() > MAX_TEXT) {
			return problem("validation.tooLong", MAX_TEXT);
		}
		TargetValue target = TargetValue.parse(text);
		return new Result(value(text, target.number(), target.comparator(),
				target.number() == null ? null : target.unit(), confidential), null);
	}

	private static Result date(String text, boolean confidential) {
		Matcher m = DATE.matcher(TargetValue.toHalfWidth(text));
		if (!m.matches()) {
			return problem("validation.date", text);
		}
		try {
			LocalDate date = LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
					Integer.parseInt(m.group(3)));
			return new Result(value(date.toString(), null, null, null, confidential), null);
		}
		catch (DateTimeException ex) {
			return problem("validation.date", text);
		}
	}

	private static CellView value(String text, BigDecimal amount, String comparator, String unit,
			boolean confidential) {
		return new CellView(text, confidential, amount, comparator, unit, null);
	}

	private static Result problem(String key, Object... args) {
		return new Result(null, new Problem(key, args));
	}

}
