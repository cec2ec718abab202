package cn.budget.shared;

import java.util.regex.Pattern;

/**
 * Text for spreadsheet cells that cannot attack their reader (OWASP "CSV injection"): a
 * text that a spreadsheet would read as a formula — starting with {@code = + - @}, a tab
 * or a carriage return — gets a leading single quote, so Excel, LibreOffice and WPS show
 * it as text. Plain numbers such as {@code -902.24} stay as they are. Every CSV and XLSX
 * writer uses this.
 */
public final class SpreadsheetText {

	private static final String TRIGGERS = "=+-@\t\r";

	private static final Pattern NUMBER = Pattern.compile("^[-+]?\\d+(\\.\\d+)?$");

	private SpreadsheetText() {
	}

	/** The text as a spreadsheet must show it; null stays null. */
	public static String safe(String text) {
		if (text == null || text.isEmpty() || TRIGGERS.indexOf(text.charAt(0)) < 0 || isPlain(text)) {
			return text;
		}
		return "'" + text;
	}

	/**
	 * One CSV field: made {@link #safe}, then quoted when it holds a quote, comma or line
	 * break.
	 */
	public static String csvField(Object value) {
		if (value == null) {
			return "";
		}
		String s = safe(value.toString());
		return s.indexOf('"') >= 0 || s.indexOf(',') >= 0 || s.indexOf('\r') >= 0 || s.indexOf('\n') >= 0
				? "\"" + s.replace("\"", "\"\"") + "\"" : s;
	}

	// A lone dash is how tables write "none"; a signed number is a number.
	private static boolean isPlain(String text) {
		return text.equals("-") || NUMBER.matcher(text).matches();
	}

}
