package cn.budget.checks;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import cn.budget.content.TargetValue;

/**
 * A sentence or paragraph as the statement readers see it: what is said in brackets is an
 * aside ("公务用车购置及运维费202.46万元（其中：…）", "（2016年预算为5884.99万元）"), so its amounts are not parts
 * of the list around it. Offsets stay those of the text, so that asides can still be
 * read.
 */
final class Prose {

	/**
	 * Words that make an amount a change rather than a figure of the year; 新增 (newly
	 * added assets) is not one of them.
	 */
	static final Pattern CHANGE_WORDS = Pattern.compile("增加|减少|增长|增减|下降|上升|提高|降低|[比较](上年|去年|\\d{4}年)");

	private static final String OPEN = "（(【[";

	private static final String CLOSE = "）)】]";

	/** An amount outside brackets with the words between it and the amount before it. */
	record Amount(TextAmounts.Mention mention, String gap) {

		int start() {
			return mention.start();
		}

		int end() {
			return mention.end();
		}

	}

	private final String text;

	private final String flat;

	Prose(String text) {
		this.text = TargetValue.toHalfWidth(text);
		this.flat = flatten(this.text);
	}

	String text() {
		return text;
	}

	/** The text with every bracketed aside blanked out (same length, same offsets). */
	String flat() {
		return flat;
	}

	/**
	 * The amounts outside brackets from one offset to another, each with the words before
	 * it.
	 */
	List<Amount> amounts(int from, int to) {
		List<Amount> result = new ArrayList<>();
		int previous = from;
		for (TextAmounts.Mention m : TextAmounts.in(flat)) {
			if (m.start() >= from && m.end() <= to) {
				result.add(new Amount(m, flat.substring(previous, m.start()).replace(" ", "")));
				previous = m.end();
			}
		}
		return result;
	}

	/**
	 * The aside that starts right after an offset (spaces allowed), or "" when none does.
	 */
	String asideAfter(int offset) {
		int i = offset;
		while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
			i++;
		}
		if (i >= text.length() || OPEN.indexOf(text.charAt(i)) < 0) {
			return "";
		}
		int depth = 0;
		for (int end = i; end < text.length(); end++) {
			char c = text.charAt(end);
			depth += OPEN.indexOf(c) >= 0 ? 1 : CLOSE.indexOf(c) >= 0 ? -1 : 0;
			if (depth == 0) {
				return text.substring(i, end + 1);
			}
		}
		return text.substring(i);
	}

	private static String flatten(String text) {
		StringBuilder out = new StringBuilder(text.length());
		int depth = 0;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (OPEN.indexOf(c) >= 0) {
				depth++;
			}
			out.append(depth > 0 ? ' ' : c);
			if (CLOSE.indexOf(c) >= 0 && depth > 0) {
				depth--;
			}
		}
		return out.toString();
	}

	/**
	 * The words after the last clause break: what an amount is said of ("，公务接待费" →
	 * 公务接待费).
	 */
	static String lastClause(String words) {
		int i = Math.max(Math.max(words.lastIndexOf('，'), words.lastIndexOf(',')),
				Math.max(Math.max(words.lastIndexOf('；'), words.lastIndexOf(';')), words.lastIndexOf('、')));
		return words.substring(i + 1);
	}

	/** A sentence of a text for a finding, cut where it gets too long to show. */
	static String quote(String sentence) {
		String s = sentence.strip();
		return s.length() > 80 ? s.substring(0, 80) + "…" : s;
	}

}
