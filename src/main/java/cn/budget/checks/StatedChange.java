package cn.budget.checks;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.budget.content.MeasureUnit;

/**
 * A change against last year as a paragraph states it, with the components it names after
 * 其中 or 主要是: "比2019年增加1586.57万元，主要是：人员经费增加504.78万元…、项目经费减少881.78万元". A component is an
 * amount after a direction word, or a pair of amounts of two years
 * ("人员经费2016年为2202万元，2017年人员经费为2766万元"). Where the change itself has no amount
 * ("有所增加（2016年预算为5884.99万元）"), it is this year's total, stated before, less last year's.
 *
 * @param sentence the words that state the change, as written
 * @param change the stated change, signed, in 万元
 * @param components the components, signed, at least two
 * @param end where the statement ends in the paragraph
 */
record StatedChange(String sentence, BigDecimal change, List<Component> components, int end) {

	/**
	 * One component: its label as written ("项目经费") or null, the signed change in 万元 and
	 * where it ends.
	 */
	record Component(String label, BigDecimal change, int end) {
	}

	private static final Pattern TOTAL = Pattern
		.compile("(比|较|与)(上年|去年|上一年|\\d{4}年)[^，,。；;\\d]{0,10}?(增加|减少|增长|下降|上升|降低)");

	private static final Pattern MARKER = Pattern.compile("^[，,。：:\\s]*(其中|主要是)[：:]?");

	private static final Pattern YEAR = Pattern.compile("(\\d{4})年|上年|去年|今年|本年");

	private static final Pattern DIRECTION = Pattern.compile("增加|减少|增长|下降|上升|降低");

	private static final Pattern LABEL_START = Pattern.compile(".*[，,、；;：:。是中]");

	/**
	 * The change statements of a paragraph.
	 * @param total this year's total as the text stated it before, or null
	 */
	static List<StatedChange> in(String paragraph, TextAmounts.Mention total) {
		Prose prose = new Prose(paragraph);
		List<StatedChange> result = new ArrayList<>();
		Matcher m = TOTAL.matcher(prose.flat());
		while (m.find()) {
			int sign = sign(m.group(3));
			TextAmounts.Mention amount = TextAmounts.at(prose.flat(), m.end());
			BigDecimal change = null;
			int end = m.end();
			if (amount != null) {
				change = wan(amount).multiply(BigDecimal.valueOf(sign));
				end = amount.end();
			}
			else if (total != null) {
				String aside = prose.asideAfter(m.end());
				List<TextAmounts.Mention> previous = TextAmounts.in(aside);
				if (previous.size() == 1 && YEAR.matcher(aside).find()) {
					change = wan(total).subtract(wan(previous.get(0)));
				}
				end = aside.isEmpty() ? end : prose.text().indexOf(aside, m.end()) + aside.length();
			}
			Matcher marker = MARKER.matcher(prose.flat().substring(end));
			if (change != null && marker.find()) {
				statement(paragraph, prose, m.start(), change, end + marker.end()).ifPresent(result::add);
			}
		}
		return result;
	}

	/**
	 * The statement from {@code start}, when what follows the marker at {@code from}
	 * names at least two components.
	 */
	private static Optional<StatedChange> statement(String paragraph, Prose prose, int start, BigDecimal change,
			int from) {
		List<Component> components = components(prose, from);
		if (components.size() < 2) {
			return Optional.empty();
		}
		String sentence = paragraph.substring(start,
				Math.min(paragraph.length(), components.get(components.size() - 1).end()));
		return Optional.of(new StatedChange(sentence, change, components, components.get(components.size() - 1).end()));
	}

	private static List<Component> components(Prose prose, int from) {
		List<Component> components = new ArrayList<>();
		List<TextAmounts.Mention> years = new ArrayList<>();
		List<Integer> yearNumbers = new ArrayList<>();
		for (Prose.Amount amount : prose.amounts(from, prose.flat().length())) {
			String gap = amount.gap();
			if (TOTAL.matcher(gap).find()) {
				break;
			}
			Matcher direction = DIRECTION.matcher(gap);
			Matcher year = YEAR.matcher(gap);
			if (direction.find()) {
				BigDecimal value = wan(amount.mention()).multiply(BigDecimal.valueOf(sign(direction.group())));
				components.add(new Component(label(gap.substring(0, direction.start())), value, amount.end()));
				years.clear();
				yearNumbers.clear();
			}
			else if (year.find()) {
				years.add(amount.mention());
				yearNumbers.add(yearOf(year));
				if (years.size() == 2) {
					components.add(pair(years, yearNumbers, amount.end()));
					years.clear();
					yearNumbers.clear();
				}
			}
		}
		return components;
	}

	/** Two amounts of two years: the later less the earlier. */
	private static Component pair(List<TextAmounts.Mention> years, List<Integer> numbers, int end) {
		boolean firstEarlier = numbers.get(0) <= numbers.get(1);
		TextAmounts.Mention earlier = firstEarlier ? years.get(0) : years.get(1);
		TextAmounts.Mention later = firstEarlier ? years.get(1) : years.get(0);
		BigDecimal change = wan(later).subtract(wan(earlier));
		return new Component(null, change, end);
	}

	/** 上年/去年 before any written year, 今年/本年 after; a written year is itself. */
	private static int yearOf(Matcher year) {
		if (year.group(1) != null) {
			return Integer.parseInt(year.group(1));
		}
		return year.group().equals("上年") || year.group().equals("去年") ? 0 : 9999;
	}

	/** The words just before a direction word: "、项目经费" → 项目经费. */
	private static String label(String before) {
		Matcher start = LABEL_START.matcher(before);
		String label = start.lookingAt() ? before.substring(start.end()) : before;
		return label.strip().isEmpty() ? null : label.strip();
	}

	private static BigDecimal wan(TextAmounts.Mention amount) {
		return amount.unit().convert(amount.value(), MeasureUnit.WAN_YUAN);
	}

	static int sign(String word) {
		return word.equals("减少") || word.equals("下降") || word.equals("降低") ? -1 : 1;
	}

	/** The components' changes added up, in 万元. */
	BigDecimal sum() {
		return components.stream().map(Component::change).reduce(BigDecimal.ZERO, BigDecimal::add);
	}

}
