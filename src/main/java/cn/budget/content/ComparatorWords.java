package cn.budget.content;

/**
 * How a target value states its comparator in words or signs (不低于95%, 0.5小时以内, ＞＝3):
 * rewritten into one of ≥ ≤ = &lt; &gt; in front of the number.
 */
final class ComparatorWords {

	private static final String[][] PREFIXES = { { "不低于", "≥" }, { "不少于", "≥" }, { "大于等于", "≥" }, { "至少", "≥" },
			{ "达到", "≥" }, { "不高于", "≤" }, { "不超过", "≤" }, { "不晚于", "≤" }, { "不迟于", "≤" }, { "不多于", "≤" },
			{ "小于等于", "≤" }, { "控制在", "≤" }, { "低于", "<" }, { "少于", "<" }, { "小于", "<" }, { "不足", "<" }, { "高于", ">" },
			{ "大于", ">" }, { "超过", ">" }, { "等于", "=" } };

	private static final String[][] SUFFIXES = { { "及以上", "≥" }, { "以上", "≥" }, { "及以下", "≤" }, { "以下", "≤" },
			{ "以内", "≤" } };

	private ComparatorWords() {
	}

	/**
	 * Rewrites comparator words and full-width signs into ≥ ≤ = &lt; &gt; in front of the
	 * number.
	 */
	static String normalise(String text) {
		String s = signs(TargetValue.toHalfWidth(text).replace(" ", "").replace("　", ""));
		for (String[] prefix : PREFIXES) {
			if (s.startsWith(prefix[0])) {
				return prefix[1] + s.substring(prefix[0].length());
			}
		}
		for (String[] suffix : SUFFIXES) {
			if (s.endsWith(suffix[0]) && !startsWithComparator(s)) {
				return suffix[1] + s.substring(0, s.length() - suffix[0].length());
			}
		}
		return s;
	}

	private static String signs(String s) {
		return s.replace(">=", "≥")
			.replace("<=", "≤")
			.replace("≧", "≥")
			.replace("≦", "≤")
			.replace("﹥", ">")
			.replace("﹤", "<")
			.replace("＞", ">")
			.replace("＜", "<")
			.replace("＝", "=")
			.replace("﹪", "%")
			.replace("百分比", "%")
			.replace("(含)", "")
			.replace("（含）", "")
			.replace("以上%", "%以上")
			.replace("以下%", "%以下");
	}

	private static boolean startsWithComparator(String s) {
		return !s.isEmpty() && "≥≤=<>".indexOf(s.charAt(0)) >= 0;
	}

}
