package cn.budget.checks;

import cn.budget.content.ContentAddress;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.budget.content.CellView;
import cn.budget.content.MeasureUnit;
import cn.budget.content.PartView;

/**
 * This year less last year is the change the text states, with the sentence quoted: where
 * an import read a row's figures from sentences ("人员经费2016年为2202万元…人员经费增加…"), and where
 * one sentence states all three ("支出5909万元，比上年增加24.01万元（上年5884.99万元）"). Rows whose three
 * figures a table states are checked by {@code change.difference}.
 */
final class ChangeDifferences implements Check {

	static final RuleSpec DIFFERENCE = RuleSpec.error("text.change-difference");

	private static final Pattern AGAINST = Pattern
		.compile("(?:比|较|与)(?:上年|去年|上一年|\\d{4}年)(?:相比)?[^，,。；;\\d]{0,10}?(增加|减少|增长|下降|上升|降低)了?");

	private static final Pattern LAST_YEAR = Pattern.compile("(?:上年|去年|上一年|(\\d{4})年)(?:预算数?|预算安排)?(?:为|是)?$");

	private static final int LABEL = 10;

	@Override
	public List<RuleSpec> rules() {
		return List.of(DIFFERENCE);
	}

	/** Whether any of a row's three figures was read from the text. */
	static boolean fromText(Sheet.Line line) {
		return Cells.fromText(line.cell("current")) || Cells.fromText(line.cell("previous"))
				|| Cells.fromText(line.cell("change"));
	}

	@Override
	public void run(Inspection in) {
		for (String table : Changes.TABLES) {
			for (Sheet sheet : in.sheets(table)) {
				sheet.lines().stream().filter(ChangeDifferences::fromText).forEach(line -> placed(in, sheet, line));
			}
		}
		int lastYear = in.document().fiscalYear() - 1;
		for (PartView part : in.document().parts()) {
			for (Map.Entry<String, CellView> field : part.fields().entrySet()) {
				String text = Cells.text(field.getValue());
				if (text != null && TextAmounts.in(text).size() > 2) {
					for (String sentence : in.knowledge().patterns().sentences(text)) {
						stated(in, sentence, lastYear, ContentAddress.field(part.key(), field.getKey()));
					}
				}
			}
		}
	}

	private static void placed(Inspection in, Sheet sheet, Sheet.Line line) {
		Figure change = sheet.figure(line, "change");
		Figure current = sheet.figure(line, "current");
		Figure previous = sheet.figure(line, "previous");
		if (!change.known() || !current.known() || !previous.known()) {
			return;
		}
		String sentence = first(Cells.sentence(line.cell("change")), Cells.sentence(line.cell("previous")),
				Cells.sentence(line.cell("current")));
		compare(in, sentence, current.in(MeasureUnit.WAN_YUAN), previous.in(MeasureUnit.WAN_YUAN),
				change.in(MeasureUnit.WAN_YUAN), sheet.cell(line, "change"));
	}

	/**
	 * One sentence that states this year's amount, the change against last year, and last
	 * year's amount.
	 */
	private static void stated(Inspection in, String sentence, int lastYear, ContentAddress at) {
		List<TextAmounts.Mention> amounts = TextAmounts.in(sentence);
		Matcher m = AGAINST.matcher(sentence);
		while (m.find()) {
			TextAmounts.Mention change = TextAmounts.at(sentence, m.end());
			TextAmounts.Mention current = amounts.stream()
				.filter(a -> a.end() <= m.start() && onlyAsideBetween(sentence.substring(a.end(), m.start())))
				.reduce((a, b) -> b)
				.orElse(null);
			TextAmounts.Mention previous = amounts.stream()
				.filter(a -> a != current && a != change && isLastYear(sentence, a, lastYear))
				.findFirst()
				.orElse(null);
			if (change != null && current != null && previous != null) {
				BigDecimal signed = wan(change).multiply(BigDecimal.valueOf(StatedChange.sign(m.group(1))));
				compare(in, sentence, wan(current), wan(previous), signed, at);
			}
		}
	}

	private static boolean isLastYear(String sentence, TextAmounts.Mention amount, int lastYear) {
		String before = sentence.substring(Math.max(0, amount.start() - LABEL), amount.start());
		Matcher m = LAST_YEAR.matcher(before);
		return m.find() && (m.group(1) == null || Integer.parseInt(m.group(1)) == lastYear);
	}

	private static void compare(Inspection in, String sentence, BigDecimal current, BigDecimal previous,
			BigDecimal change, ContentAddress at) {
		BigDecimal expected = current.subtract(previous);
		BigDecimal difference = expected.subtract(change);
		if (difference.abs().compareTo(Mentions.TOLERANCE) <= 0) {
			return;
		}
		String shownExpected = Figure.format(expected, MeasureUnit.WAN_YUAN);
		String shownActual = Figure.format(change, MeasureUnit.WAN_YUAN);
		boolean reported = in.findings()
			.stream()
			.anyMatch(f -> f.rule().equals(DIFFERENCE.id()) && f.part().equals(at.part())
					&& shownExpected.equals(f.expected()) && shownActual.equals(f.actual()));
		if (!reported) {
			in.report(DIFFERENCE, at, shownExpected, shownActual, Prose.quote(String.valueOf(sentence)),
					Figure.format(current, MeasureUnit.WAN_YUAN), Figure.format(previous, MeasureUnit.WAN_YUAN),
					shownExpected, shownActual, Figure.format(difference.abs(), MeasureUnit.WAN_YUAN));
		}
	}

	private static String first(String... values) {
		for (String v : values) {
			if (v != null) {
				return v;
			}
		}
		return null;
	}

	private static BigDecimal wan(TextAmounts.Mention amount) {
		return amount.unit().convert(amount.value(), MeasureUnit.WAN_YUAN);
	}

	/**
	 * What may stand between this year's amount and the change: spaces, an aside in
	 * brackets, a comma. Read by hand, not by a pattern, so no input can make it
	 * backtrack.
	 */
	static boolean onlyAsideBetween(String between) {
		String rest = between.strip();
		if (!rest.isEmpty() && (rest.charAt(0) == '（' || rest.charAt(0) == '(')) {
			int close = indexOfAny(rest, '）', ')');
			if (close < 0) {
				return false;
			}
			rest = rest.substring(close + 1).strip();
		}
		if (!rest.isEmpty() && (rest.charAt(0) == '，' || rest.charAt(0) == ',')) {
			rest = rest.substring(1).strip();
		}
		return rest.isEmpty();
	}

	private static int indexOfAny(String text, char first, char second) {
		int a = text.indexOf(first);
		int b = text.indexOf(second);
		return a < 0 ? b : b < 0 ? a : Math.min(a, b);
	}

}
