package cn.budget.exchange.placing;

import java.util.regex.Pattern;

/**
 * How the text states last year's figures and the changes against last year, for
 * {@link ChangeFigures}: after a figure's name its amount of last year, its change, or
 * this year's amount then its change; the budget's total of last year in an aside; and a
 * change whose subject names no row.
 */
final class ChangePatterns {

	private static final String AMOUNT = "(?<amount>\\d+(?:\\.\\d+)?)\\s*(?<unit>万元|元)";

	private static final String DIRECTION = "(?<dir>增加|减少|增长|下降|上升|降低)了?";

	private static final String AGAINST = "(?:比|较|与)(?:上年|去年|上一年|\\d{4}年)(?:相比)?[^0-9，。；;、]{0,4}?";

	/** After a figure's name: its amount of last year (人员经费2016年为2202万元). */
	static final String PREVIOUS = "[^0-9，。；;、]{0,4}?(?:(?<ly>上年|去年)|(?<year>\\d{4})年)(?:预算)?(?:为|是)?" + AMOUNT;

	/** After a figure's name: its change (基本支出增加609.16万元, 财政拨款预算比2019年增加…). */
	static final String CHANGE = "[^0-9，。；;、（(]{0,6}?(?:" + AGAINST + ")?" + DIRECTION + AMOUNT;

	/**
	 * After a figure's name: this year's amount, then its change
	 * (公务接待费1.31万元，比去年减少0.09万元).
	 */
	static final String AMOUNT_THEN_CHANGE = "[^0-9，。；;、]{0,8}?\\d+(?:\\.\\d+)?\\s*(?:万元|元)(?:[（(][^）)]*[）)])?[，,]?"
			+ AGAINST + DIRECTION + AMOUNT;

	static final Pattern YEAR = Pattern.compile("(20\\d{2})\\s*年");

	static final Pattern UNCLEAR = Pattern.compile(AGAINST + DIRECTION + AMOUNT);

	static final Pattern ASIDE = Pattern
		.compile("(?:与上年相比|比上年|较上年|与\\d{4}年相比)[^（(，。；;]{0,12}[（(](?:(?<ly>上年)|(?<year>\\d{4})年)(?:预算)?(?:为|是)?" + AMOUNT
				+ "[）)]");

	private ChangePatterns() {
	}

}
