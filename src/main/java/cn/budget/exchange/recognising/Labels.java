package cn.budget.exchange.recognising;

import java.util.Collection;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import cn.budget.exchange.reading.Text;

/**
 * Compares headings and labels the way a reader does: without spaces, numbering,
 * bracketed units or notes ({@code 单价（万元）}, {@code 房屋（平方米）}) and trailing colons.
 */
public final class Labels {

	/** An exact match after normalising. */
	public static final int EXACT = 3;

	/** The label contains the word. */
	static final int CONTAINS = 1;

	private static final Pattern BRACKETS = Pattern.compile("[（(][^（()）]*[）)]");

	private static final Pattern TRAILING = Pattern.compile("[:：。，,;；\"“”]+$");

	private static final Pattern QUOTES = Pattern.compile("[\"“”]");

	/** Vocabulary and template words, normalised once: they are few and fixed. */
	private static final Map<String, String> WORDS = new ConcurrentHashMap<>();

	private static final Pattern OF_WHICH = Pattern.compile("^其中[:：]");

	private static final Pattern UNIT_SUFFIX = Pattern.compile("[:：](万元|元)$|^金额单位[:：]?");

	private Labels() {
	}

	static String normal(String label) {
		String s = Text.compact(Numbering.strip(label == null ? "" : label));
		s = BRACKETS.matcher(s).replaceAll("");
		s = UNIT_SUFFIX.matcher(s).replaceAll("");
		s = OF_WHICH.matcher(s).replaceFirst("");
		return QUOTES.matcher(TRAILING.matcher(s).replaceAll("")).replaceAll("");
	}

	/** How well a label matches one word: {@link #EXACT}, {@link #CONTAINS} or 0. */
	public static int score(String label, String word) {
		return normalScore(normal(label), word(word));
	}

	private static String word(String word) {
		return WORDS.computeIfAbsent(word, Labels::normal);
	}

	private static int normalScore(String l, String w) {
		if (l.isEmpty() || w.isEmpty()) {
			return 0;
		}
		if (l.equals(w)) {
			return EXACT;
		}
		return w.length() >= 2 && l.contains(w) ? CONTAINS : 0;
	}

	/**
	 * Labels are short; longer text (a description, a paragraph) is never exactly a
	 * label.
	 */
	static final int MAX_LABEL = 40;

	/** Whether a label is exactly one of the words after normalising. */
	static boolean exact(String label, Collection<String> words) {
		if (label == null || label.length() > MAX_LABEL) {
			return false;
		}
		String l = normal(label);
		return !l.isEmpty() && words.stream().anyMatch(w -> l.equals(word(w)));
	}

	/** The best score of a label against several words. */
	public static int score(String label, Collection<String> words) {
		String l = normal(label);
		int best = 0;
		for (String word : words) {
			best = Math.max(best, normalScore(l, word(word)));
		}
		return best;
	}

	/**
	 * The longest word contained in the label, for choosing between headings; 0 when
	 * none.
	 */
	static int longestContained(String label, Collection<String> words) {
		String l = normal(label);
		int best = 0;
		for (String word : words) {
			String w = word(word);
			if (!w.isEmpty() && l.contains(w)) {
				best = Math.max(best, w.length());
			}
		}
		return best;
	}

}
