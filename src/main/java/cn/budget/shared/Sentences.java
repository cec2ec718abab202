package cn.budget.shared;

/**
 * Where the sentence around a position of running text begins and ends: the import
 * reports a figure's sentence, a finding quotes it, and both must cut it the same way.
 */
public final class Sentences {

	private static final String ENDS = "。；;\n";

	private Sentences() {
	}

	/** The first character of the sentence holding the position. */
	public static int start(String text, int position) {
		int start = position;
		while (start > 0 && ENDS.indexOf(text.charAt(start - 1)) < 0) {
			start--;
		}
		return start;
	}

	/**
	 * The position of the sentence's closing mark (or the text's length when it has
	 * none).
	 */
	public static int end(String text, int position) {
		int end = position;
		while (end < text.length() && ENDS.indexOf(text.charAt(end)) < 0) {
			end++;
		}
		return end;
	}

}
