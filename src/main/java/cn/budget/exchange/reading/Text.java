package cn.budget.exchange.reading;

import java.util.regex.Pattern;

/**
 * Small text helpers for documents dumped from Word: full-width spaces, indentation by
 * spaces and the residue of Word's table-of-contents fields.
 */
public final class Text {

	/** Word's TC field code left in the text, e.g. {@code TC 1、… \f C \l 1}. */
	private static final Pattern FIELD_CODE = Pattern.compile("\\s*\\bTC\\s.*\\\\[fl]\\s*\\S*.*$");

	private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u3000]+");

	private static final Pattern EDGES = Pattern.compile("^[\\u00A0\\u3000\\s]+|[\\u00A0\\u3000\\s]+$");

	private Text() {
	}

	/**
	 * Trimmed of every kind of space, including the full-width ones Word uses for
	 * indentation.
	 */
	public static String clean(String text) {
		return text == null ? "" : EDGES.matcher(text).replaceAll("");
	}

	/**
	 * Without any space at all, for comparing labels such as {@code 合　计} and
	 * {@code 计量  单位}.
	 */
	public static String compact(String text) {
		return text == null ? "" : SPACES.matcher(text).replaceAll("");
	}

	/** The text without Word's table-of-contents field residue. */
	public static String withoutFieldCode(String text) {
		return text.indexOf("TC") < 0 ? text : FIELD_CODE.matcher(text).replaceFirst("");
	}

	/** Whether the text carries Word's table-of-contents field residue. */
	static boolean hasFieldCode(String text) {
		return text.indexOf("TC") >= 0 && FIELD_CODE.matcher(text).find();
	}

	/**
	 * How deep the text is indented: two full-width spaces (or four plain ones) per
	 * level.
	 */
	public static int indentation(String text) {
		int width = 0;
		for (char c : text.toCharArray()) {
			if (c == '\u3000') {
				width += 2;
			}
			else if (c == ' ' || c == '\u00A0') {
				width += 1;
			}
			else {
				break;
			}
		}
		return (width + 2) / 4;
	}

	/** Whether the text is a published mask such as {@code ****}. */
	public static boolean isMask(String text) {
		return clean(text).matches("\\*{2,}");
	}

}
