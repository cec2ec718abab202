package cn.budget.checks;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads indicator names as drafters write them: "系统故障率(％)" is the indicator 系统故障率
 * measured in %, "交通事故处置及时性（小时）" is measured in hours.
 */
final class IndicatorNames {

	/** A bracketed part, closed or left open at the end ("受益对象满意度(%"). */
	private static final Pattern BRACKETS = Pattern.compile("[（(][^（）()]*(?:[）)]|$)");

	private static final Pattern TRAILING_UNIT = Pattern.compile("[（(]\\s*([^（）()\\d]{1,4}?)\\s*(?:[）)])?\\s*[。.]?$");

	private static final String TRAILING_PUNCTUATION = " \t\n　。.,，;；:：、";

	private IndicatorNames() {
	}

	/** The name without bracketed parts and trailing punctuation. */
	static String clean(String name) {
		if (name == null) {
			return "";
		}
		String s = name.strip();
		if (s.indexOf('(') >= 0 || s.indexOf('（') >= 0) {
			s = BRACKETS.matcher(s).replaceAll("");
		}
		int end = s.length();
		while (end > 0 && TRAILING_PUNCTUATION.indexOf(s.charAt(end - 1)) >= 0) {
			end--;
		}
		return s.substring(0, end);
	}

	/**
	 * The unit a name declares in brackets at its end, or null (定性 and the like are no
	 * units).
	 */
	static String declaredUnit(String name) {
		if (name == null) {
			return null;
		}
		Matcher m = TRAILING_UNIT.matcher(name.strip());
		if (!m.find()) {
			return null;
		}
		String unit = Knowledge.normalUnit(m.group(1));
		return unit.isEmpty() || unit.contains("定性") || unit.contains("定量") || unit.contains("指标") ? null : unit;
	}

}
