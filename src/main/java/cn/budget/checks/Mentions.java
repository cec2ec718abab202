package cn.budget.checks;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import cn.budget.shared.Sentences;

/**
 * Finds where a text names a table's figure: a row's label, a few words (at most eight
 * characters, no digits, no clause break, no other label), then optionally an amount.
 * "人员经费增加504.78万元" is the change of 人员经费; "人员经费2016年为2202万元" names no figure of this year
 * and is left alone.
 */
final class Mentions {

	/** Text figures may differ from table figures by this much (万元), domain.md. */
	static final BigDecimal TOLERANCE = new BigDecimal("0.05");

	private static final int MAX_GAP = 8;

	private static final String BREAKS = "，,。；;、！!？?\n（(）)“”\"";

	/**
	 * One place where the text names a figure: the row, the label and the words after it
	 * as written, the amount that follows, or null, and the sentence it is in (quoted by
	 * findings).
	 */
	record Found(String row, String label, String gap, TextAmounts.Mention amount, String sentence) {

		/** What the text says, for a finding: "项目经费增加主要原因是". */
		String words() {
			return label + gap.strip();
		}

	}

	/** What to do with each place found. */
	interface Listener {

		void mention(Found found);

	}

	private record Name(String label, String row) {
	}

	private static final String WORD_ENDS = "年中括和及与其的为是门";

	private final List<Name> names = new ArrayList<>();

	Mentions(KnowledgeFile.FigureSource source) {
		for (Map.Entry<String, List<String>> row : source.rows().entrySet()) {
			row.getValue().forEach(label -> names.add(new Name(label, row.getKey())));
		}
		// At one position the longest label wins: 日常公用经费, not 公用经费.
		names.sort(Comparator.comparingInt((Name n) -> n.label().length()).reversed());
	}

	void scan(String text, Listener listener) {
		int i = 0;
		while (i < text.length()) {
			Name name = nameAt(text, i);
			if (name == null) {
				i++;
				continue;
			}
			int end = i + name.label().length();
			int j = end;
			while (j < text.length() && j - end < MAX_GAP && !Character.isDigit(text.charAt(j))
					&& BREAKS.indexOf(text.charAt(j)) < 0 && nameAt(text, j) == null) {
				j++;
			}
			String gap = text.substring(end, j);
			listener.mention(new Found(name.row(), name.label(), gap, TextAmounts.at(text, j), sentence(text, i)));
			i = end;
		}
	}

	/**
	 * The label starting at a position, if it starts a word there: after a non-Han
	 * character or after one of the few characters that end a word before a figure's name
	 * (其中人员经费, 2020年收入预算, 包括人员经费, 和日常公用经费). Inside a longer name (建设项目经费, 交警项目支出) it
	 * names another figure.
	 */
	private Name nameAt(String text, int position) {
		if (position > 0 && !startsWord(text.charAt(position - 1))) {
			return null;
		}
		for (Name name : names) {
			if (text.startsWith(name.label(), position)) {
				return name;
			}
		}
		return null;
	}

	/** The sentence around a position, cut short for a finding. */
	static String sentence(String text, int position) {
		return Prose.quote(text.substring(Sentences.start(text, position), Sentences.end(text, position)));
	}

	private static boolean startsWord(char previous) {
		return Character.UnicodeScript.of(previous) != Character.UnicodeScript.HAN || WORD_ENDS.indexOf(previous) >= 0;
	}

}
