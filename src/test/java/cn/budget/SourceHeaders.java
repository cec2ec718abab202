package cn.budget;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What {@link SourceScanner} reads around a brace: where a method's signature and name
 * are, and whether the brace opens an anonymous class. Apart so the scanner's own loop
 * fits its class.
 */
final class SourceHeaders {

	private SourceHeaders() {
	}

	private static final Pattern ANNOTATION = Pattern.compile("@\\s*[\\w.]+\\s*");

	/**
	 * The method's name, and where its signature starts once its annotations are skipped.
	 */
	static int[] signature(String code, int headerStart, int brace) {
		int start = headerStart;
		while (true) {
			while (Character.isWhitespace(code.charAt(start))) {
				start++;
			}
			Matcher annotation = ANNOTATION.matcher(code).region(start, brace);
			if (!annotation.lookingAt() || code.startsWith("@interface", start)) {
				break;
			}
			start = annotation.end();
			if (code.charAt(start) == '(') {
				start = closingParenthesis(code, start) + 1;
			}
		}
		int open = code.indexOf('(', start);
		int nameEnd = open < 0 || open > brace ? brace : open;
		String beforeName = code.substring(start, nameEnd).stripTrailing();
		int nameStart = beforeName.length();
		while (nameStart > 0 && Character.isJavaIdentifierPart(beforeName.charAt(nameStart - 1))) {
			nameStart--;
		}
		return new int[] { start + nameStart, start + beforeName.length(), start };
	}

	private static final Pattern NEW_TYPE = Pattern.compile("\\bnew\\s+[\\w.<>\\[\\], ?]+\\s*$");

	/** Whether the brace at {@code brace} opens the body of {@code new Type(..) { }}. */
	static boolean anonymousClass(String code, int brace) {
		int close = brace - 1;
		while (close >= 0 && Character.isWhitespace(code.charAt(close))) {
			close--;
		}
		if (close < 0 || code.charAt(close) != ')') {
			return false;
		}
		int depth = 0;
		for (int i = close; i >= 0; i--) {
			if (code.charAt(i) == ')') {
				depth++;
			}
			else if (code.charAt(i) == '(' && --depth == 0) {
				return NEW_TYPE.matcher(code.substring(Math.max(0, i - 200), i)).find();
			}
		}
		return false;
	}

	private static int closingParenthesis(String code, int open) {
		int depth = 0;
		for (int i = open;; i++) {
			if (code.charAt(i) == '(') {
				depth++;
			}
			else if (code.charAt(i) == ')' && --depth == 0) {
				return i;
			}
		}
	}

}
