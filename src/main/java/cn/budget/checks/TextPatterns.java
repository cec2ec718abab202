package cn.budget.checks;

import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The text words of the knowledge compiled once into patterns: template leftovers, reason
 * words, change words and years.
 */
final class TextPatterns {

	/** A four-digit year written as a year (2019年, 2020年度). */
	private static final Pattern YEAR = Pattern.compile("(?<!\\d)((?:19|20)\\d{2})\\s*年");

	/**
	 * Document numbers and titles, whose years are names, not references:
	 * [2017]、【2019】、《…2018年…》.
	 */
	private static final Pattern CITATION = Pattern.compile("\\[[^\\]]*\\]|【[^】]*】|〔[^〕]*〕|［[^］]*］|《[^》]*》");

	/** Sentences end at full stops; a 主要是 … ； … enumeration is one sentence. */
	private static final Pattern SENTENCE_END = Pattern.compile("[。！!？?\\n]+");

	private final List<String> leftovers;

	private final Pattern reason;

	private final Pattern exclusion;

	private final Pattern change;

	private final List<String> up;

	TextPatterns(KnowledgeFile.TextWords words) {
		this.leftovers = words.leftovers()
			.stream()
			.distinct()
			.sorted(Comparator.comparingInt(String::length).reversed())
			.toList();
		this.reason = alternation(words.reasons());
		this.exclusion = alternation(words.reasonExclusions());
		this.change = alternation(concat(words.up(), words.down()));
		this.up = words.up();
	}

	/**
	 * The first template leftover in a text, or null. Plain searches, not a pattern: this
	 * runs over every text of the document. ASCII words count only as whole tokens (XX,
	 * not XXL).
	 */
	String leftover(String text) {
		for (String word : leftovers) {
			for (int i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + 1)) {
				if (!isAscii(word) || isToken(text, i, i + word.length())) {
					return word;
				}
			}
		}
		return null;
	}

	private static boolean isAscii(String word) {
		return word.chars().allMatch(c -> c < 128);
	}

	private static boolean isToken(String text, int start, int end) {
		return (start == 0 || !isAsciiAlphanumeric(text.charAt(start - 1)))
				&& (end == text.length() || !isAsciiAlphanumeric(text.charAt(end)));
	}

	private static boolean isAsciiAlphanumeric(char c) {
		return c < 128 && Character.isLetterOrDigit(c);
	}

	/**
	 * The first year referred to in a text outside citations that is not one of the
	 * allowed, or null.
	 */
	Integer strangeYear(String text, int first, int last) {
		if (text.indexOf('年') < 0) {
			return null;
		}
		Matcher m = YEAR.matcher(CITATION.matcher(text).replaceAll(" "));
		while (m.find()) {
			int year = Integer.parseInt(m.group(1));
			if (year < first || year > last) {
				return year;
			}
		}
		return null;
	}

	List<String> sentences(String text) {
		return SENTENCE_END.splitAsStream(text).map(String::strip).filter(s -> !s.isEmpty()).toList();
	}

	boolean saysChange(String sentence) {
		return change.matcher(sentence).find();
	}

	boolean givesReason(String sentence) {
		return reason.matcher(exclusion.matcher(sentence).replaceAll("")).find();
	}

	/** The direction the first change word of a text states: +1 up, -1 down, 0 none. */
	int direction(String text) {
		Matcher m = change.matcher(text);
		return !m.find() ? 0 : up.contains(m.group()) ? 1 : -1;
	}

	/**
	 * Whether a text states only changes of one direction and that direction is the given
	 * one.
	 */
	boolean onlyDirection(String text, int direction) {
		Matcher m = change.matcher(text);
		boolean any = false;
		while (m.find()) {
			any = true;
			if ((up.contains(m.group()) ? 1 : -1) != direction) {
				return false;
			}
		}
		return any;
	}

	/** One alternation of literal words, longest first. */
	private static Pattern alternation(List<String> words) {
		if (words.isEmpty()) {
			return Pattern.compile("(?!)");
		}
		return Pattern.compile(words.stream()
			.distinct()
			.sorted(Comparator.comparingInt(String::length).reversed())
			.map(Pattern::quote)
			.collect(Collectors.joining("|")));
	}

	private static List<String> concat(List<String> a, List<String> b) {
		return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
	}

}
