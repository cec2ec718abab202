package cn.budget.checks;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.budget.content.MeasureUnit;
import cn.budget.content.TargetValue;

/**
 * Amounts of money stated in running text ("共计安排657.2万元"), with the unit each is written
 * in.
 */
final class TextAmounts {

	/**
	 * A number followed by a unit of money; digits glued to letters (codes) are not
	 * amounts.
	 */
	private static final Pattern AMOUNT = Pattern.compile("(?<![\\dA-Za-z.])(\\d+(?:,\\d{3})*(?:\\.\\d+)?)\\s*(万元|元)");

	/** One amount in a text and where it starts and ends. */
	record Mention(BigDecimal value, MeasureUnit unit, int start, int end) {
	}

	private TextAmounts() {
	}

	static List<Mention> in(String text) {
		List<Mention> result = new ArrayList<>();
		if (text == null) {
			return result;
		}
		Matcher m = AMOUNT.matcher(TargetValue.toHalfWidth(text));
		while (m.find()) {
			result.add(new Mention(new BigDecimal(m.group(1).replace(",", "")), MeasureUnit.parse(m.group(2)),
					m.start(), m.end()));
		}
		return result;
	}

	/** The amount starting at a position of the text (after a label), or null. */
	static Mention at(String text, int position) {
		Matcher m = AMOUNT.matcher(TargetValue.toHalfWidth(text));
		return m.find(position) && m.start() == position ? new Mention(new BigDecimal(m.group(1).replace(",", "")),
				MeasureUnit.parse(m.group(2)), m.start(), m.end()) : null;
	}

}
