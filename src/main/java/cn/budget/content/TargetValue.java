package cn.budget.content;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An indicator's target value as written (≥95%, ≤0.5小时, =240个, 前8名, 2022年6月底前, 稳步提升) and
 * parsed: a comparator, a number and a unit, or a deadline date, or plain text.
 *
 * @param text the value as written, trimmed
 * @param comparator one of ≥ ≤ = &lt; &gt;, or null when none is stated
 * @param number the number, or null for text and dates
 * @param unit the unit written after the number (百分比 and ％ become %), may be empty
 * @param date the deadline of a date target, or null
 */
public record TargetValue(String text, String comparator, BigDecimal number, String unit, LocalDate date) {

	private static final Pattern NUMERIC = Pattern
		.compile("^(≥|≤|=|<|>)?\\s*(-?\\d+(?:\\.\\d+)?)\\s*([^\\d\\s.,，;；、()（）-]{0,6})$");

	private static final Pattern RANK = Pattern.compile("^(?:全[市省县国区]|排名)?前\\s*(\\d+)\\s*(名|位)?(?:以内)?$");

	private static final Pattern DEADLINE = Pattern
		.compile("^(\\d{4})\\s*年\\s*(\\d{1,2})\\s*月(?:\\s*(\\d{1,2})\\s*日|底|末)?\\s*(前|之前|以前|内|完成)?$");

	/**
	 * A month or a period without a year (10月底, 第三季度, 上半年): a date all the same, in this
	 * year placeholder, so that two such targets of one document order by their months
	 * and are never compared as the numbers 10 and 12.
	 */
	public static final int ANY_YEAR = 1;

	private static final String BY = "(前|之前|以前|内|完成)?";

	private static final Pattern MONTH = Pattern
		.compile("^(≥|≤|=|<|>)?(?:(\\d{4})年)?(\\d{1,2})月(?:(\\d{1,2})日|底|末|份|(上|中|下)旬)" + BY + "$");

	private static final Pattern QUARTER = Pattern
		.compile("^(≥|≤|=|<|>)?(?:(\\d{4})年)?第?([一二三四1-4])季度(?:末|底)?" + BY + "$");

	private static final Pattern HALF = Pattern.compile("^(≥|≤|=|<|>)?(?:(\\d{4})年)?(上半年|下半年|年底|年末|年内|年度内)" + BY + "$");

	/** The kinds a target value can be. */
	public enum Kind {

		NUMERIC, DATE, TEXT

	}

	public Kind kind() {
		if (number != null) {
			return Kind.NUMERIC;
		}
		return date != null ? Kind.DATE : Kind.TEXT;
	}

	/**
	 * Parses a target value; never fails: what cannot be read as a number or a date stays
	 * text.
	 * @param raw the value as written, may be null
	 * @return the parsed value, null for null or blank input
	 */
	public static TargetValue parse(String raw) {
		if (raw == null || raw.isBlank()) {
			return null;
		}
		String text = raw.strip();
		String normal = ComparatorWords.normalise(text);
		Matcher rank = RANK.matcher(normal);
		if (rank.matches()) {
			return new TargetValue(text, "≤", new BigDecimal(rank.group(1)), "名", null);
		}
		Matcher deadline = DEADLINE.matcher(normal);
		if (deadline.matches()) {
			return new TargetValue(text, "≤", null, null, deadline(deadline));
		}
		TargetValue period = period(text, normal);
		if (period != null) {
			return period;
		}
		Matcher numeric = NUMERIC.matcher(normal);
		if (numeric.matches()) {
			return new TargetValue(text, numeric.group(1), new BigDecimal(numeric.group(2)), unit(numeric.group(3)),
					null);
		}
		return new TargetValue(text, null, null, null, null);
	}

	private static String unit(String written) {
		if (written == null) {
			return "";
		}
		String u = written.replace("％", "%");
		return u.startsWith("%") && u.length() > 1 ? "%" : u;
	}

	// 10月底前, 2022年第三季度, 上半年: the last day of the month or period; a deadline unless a
	// comparator says otherwise.
	private static TargetValue period(String text, String normal) {
		Matcher m = MONTH.matcher(normal);
		LocalDate date = null;
		if (m.matches()) {
			int month = Integer.parseInt(m.group(3));
			if (month < 1 || month > 12) {
				return null;
			}
			YearMonth ym = YearMonth.of(year(m.group(2)), month);
			date = m.group(4) != null ? dayOf(ym, Integer.parseInt(m.group(4)))
					: "上".equals(m.group(5)) ? ym.atDay(10) : "中".equals(m.group(5)) ? ym.atDay(20) : ym.atEndOfMonth();
		}
		else if ((m = QUARTER.matcher(normal)).matches()) {
			int quarter = "一二三四".indexOf(m.group(3)) >= 0 ? "一二三四".indexOf(m.group(3)) + 1
					: Integer.parseInt(m.group(3));
			date = YearMonth.of(year(m.group(2)), quarter * 3).atEndOfMonth();
		}
		else if ((m = HALF.matcher(normal)).matches()) {
			date = YearMonth.of(year(m.group(2)), m.group(3).equals("上半年") ? 6 : 12).atEndOfMonth();
		}
		if (date == null) {
			return null;
		}
		return new TargetValue(text, m.group(1) == null ? "≤" : m.group(1), null, null, date);
	}

	private static int year(String written) {
		return written == null ? ANY_YEAR : Integer.parseInt(written);
	}

	private static LocalDate dayOf(YearMonth month, int day) {
		return day >= 1 && day <= month.lengthOfMonth() ? month.atDay(day) : null;
	}

	private static LocalDate deadline(Matcher m) {
		int year = Integer.parseInt(m.group(1));
		int month = Integer.parseInt(m.group(2));
		if (month < 1 || month > 12) {
			return null;
		}
		YearMonth ym = YearMonth.of(year, month);
		if (m.group(3) != null) {
			int day = Integer.parseInt(m.group(3));
			return day >= 1 && day <= ym.lengthOfMonth() ? ym.atDay(day) : null;
		}
		return ym.atEndOfMonth();
	}

	/** Full-width digits, letters and punctuation become their ASCII forms. */
	public static String toHalfWidth(String s) {
		StringBuilder out = new StringBuilder(s.length());
		for (char c : s.toCharArray()) {
			if (c >= '０' && c <= '９' || c == '．' || c == '－' || c == '＋' || c == '，') {
				out.append((char) (c - 0xFEE0));
			}
			else {
				out.append(c);
			}
		}
		return out.toString();
	}

}
