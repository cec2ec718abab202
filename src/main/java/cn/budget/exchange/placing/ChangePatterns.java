package cn.budget.exchange.placing;

import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import cn.budget.template.FigureVocabulary;

/**
 * How the text states last year's figures and the changes against last year, for
 * {@link ChangeFigures}: after a figure's name its amount of last year, its change, or
 * this year's amount then its change; the budget's total of last year in an aside; and a
 * change whose subject names no row. The change words and the words that introduce last
 * year's amount come from the shared figure vocabulary; the years inside these patterns
 * (上年, 去年, 2016年) are their grammar.
 */
final class ChangePatterns {

	private static final String AMOUNT = "(?<amount>\\d+(?:\\.\\d+)?)\\s*(?<unit>万元|元)";

	/** After a figure's name: its amount of last year (人员经费2016年为2202万元). */
	static final String PREVIOUS = "[^0-9，。；;、]{0,4}?(?:(?<ly>上年|去年)|(?<year>\\d{4})年)(?:预算)?(?:为|是)?" + AMOUNT;

	static final Pattern YEAR = Pattern.compile("(20\\d{2})\\s*年");

	static final Pattern ASIDE = Pattern
		.compile("(?:与上年相比|比上年|较上年|与\\d{4}年相比)[^（(，。；;]{0,12}[（(](?:(?<ly>上年)|(?<year>\\d{4})年)(?:预算)?(?:为|是)?" + AMOUNT
				+ "[）)]");

	/** After a figure's name: its change (基本支出增加609.16万元, 财政拨款预算比2019年增加…). */
	final String change;

	/**
	 * After a figure's name: this year's amount, then its change
	 * (公务接待费1.31万元，比去年减少0.09万元).
	 */
	final String amountThenChange;

	/** A change against last year, whatever its subject. */
	final Pattern unclear;

	private final List<String> down;

	ChangePatterns(FigureVocabulary words) {
		String direction = "(?<dir>" + alternation(Stream.concat(words.up().stream(), words.down().stream())) + ")了?";
		String against = "(?:比|较|与)(?:" + alternation(words.previousWords().stream())
				+ "|\\d{4}年)(?:相比)?[^0-9，。；;、]{0,4}?";
		this.change = "[^0-9，。；;、（(]{0,6}?(?:" + against + ")?" + direction + AMOUNT;
		this.amountThenChange = "[^0-9，。；;、]{0,8}?\\d+(?:\\.\\d+)?\\s*(?:万元|元)(?:[（(][^）)]*[）)])?[，,]?" + against
				+ direction + AMOUNT;
		this.unclear = Pattern.compile(against + direction + AMOUNT);
		this.down = words.down();
	}

	/** Whether a direction word says down (减少, 下降). */
	boolean down(String direction) {
		return down.contains(direction);
	}

	/** Literal words, longest first, as one alternation. */
	private static String alternation(Stream<String> words) {
		return words.distinct()
			.sorted(Comparator.comparingInt(String::length).reversed())
			.map(Pattern::quote)
			.collect(Collectors.joining("|"));
	}

}
