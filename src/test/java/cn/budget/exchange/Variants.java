package cn.budget.exchange;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Documents of the seeds' kinds as other counties write them, made from a seed's text:
 * the same figures under other numbering, other column spellings, another unit, another
 * order, Word's field residue, or the performance part on its own as a 部门预算绩效文本.
 */
final class Variants {

	/** A part heading of the seeds: 一、 at the start of a line, maybe indented. */
	private static final Pattern PART = Pattern.compile("(?m)^[ \\u3000]*([一二三四五六七八九十]+)、[ \\u3000]*");

	private static final String NUMERALS = "一二三四五六七八九十";

	/** A variant: its name and how it is made from the seed's text. */
	record Variant(String name, String seed, UnaryOperator<String> make) {

		String text() {
			return make.apply(Seeds.text(seed));
		}

		@Override
		public String toString() {
			return name + " (" + seed.substring(0, 3) + ")";
		}

	}

	private Variants() {
	}

	/**
	 * The part headings numbered by a function of their position (1 for 一 …); null drops
	 * the numbering.
	 */
	static String renumbered(String text, java.util.function.IntFunction<String> numeral) {
		Matcher m = PART.matcher(text);
		StringBuilder out = new StringBuilder();
		while (m.find()) {
			m.appendReplacement(out, Matcher.quoteReplacement(numeral.apply(NUMERALS.indexOf(m.group(1)) + 1)));
		}
		m.appendTail(out);
		return out.toString();
	}

	static String chinese(int n) {
		return String.valueOf(NUMERALS.charAt(n - 1));
	}

	/**
	 * Word's residue: a page field between paragraphs, a hyperlink and a page reference
	 * in every part heading.
	 */
	static String withFieldResidue(String text) {
		Matcher m = PART.matcher(text);
		StringBuilder out = new StringBuilder();
		while (m.find()) {
			m.appendReplacement(out, Matcher
				.quoteReplacement("PAGE \\* MERGEFORMAT\nHYPERLINK \\l \"_Toc" + m.start() + "\" " + m.group()));
		}
		m.appendTail(out);
		return out.toString().replaceAll("(?m)^(HYPERLINK[^\\n]*)$", "$1{ PAGEREF _Toc1 \\\\h }");
	}

	/**
	 * The project tables' column headers spelled as other counties do (words the
	 * vocabulary knows).
	 */
	static String otherColumnSpellings(String text) {
		return text.replace("\t三级指标\n", "\t指标名称\n")
			.replace("\t绩效指标描述\n", "\t指标解释\n")
			.replace("\t指标值\n", "\t目标值\n")
			.replace("\t指标值确定依据\n", "\t确定依据\n");
	}

	/**
	 * The parts in another order, renumbered as written: 三 and 四 swapped, 名词解释 before
	 * 政府采购.
	 */
	static String shuffled(String text) {
		List<int[]> parts = new ArrayList<>();
		Matcher m = PART.matcher(text);
		while (m.find()) {
			parts.add(new int[] { m.start(), NUMERALS.indexOf(m.group(1)) + 1 });
		}
		List<String> blocks = new ArrayList<>();
		for (int i = 0; i < parts.size(); i++) {
			blocks.add(text.substring(parts.get(i)[0], i + 1 < parts.size() ? parts.get(i + 1)[0] : text.length()));
		}
		List<String> order = new ArrayList<>(blocks);
		java.util.Collections.swap(order, 2, 3);
		order.add(5, order.remove(7));
		StringBuilder out = new StringBuilder(text.substring(0, parts.get(0)[0]));
		for (int i = 0; i < order.size(); i++) {
			String block = order.get(i);
			if (!block.endsWith("\n")) {
				block = block + "\n";
			}
			out.append(PART.matcher(block).replaceFirst(chinese(i + 1) + "、"));
		}
		return out.toString();
	}

	/**
	 * Seed 001's assets table in 元: the heading says 金额单位：元 and every value of the 价值
	 * column is written in 元 (6811.69 → 68116900), as a county that keeps its asset
	 * register in 元 would; the text above it still says 6811.69万元.
	 */
	static String assetsInYuan(String text) {
		int start = text.indexOf("价值（金额单位：万元）");
		int end = text.indexOf("注：公安部门包括单位", start);
		String table = text.substring(start, end).replace("价值（金额单位：万元）", "价值（金额单位：元）");
		for (String value : List.of("6811.69", "2781.26", "378.8", "523.59", "3128.04")) {
			String yuan = new BigDecimal(value).movePointRight(4).stripTrailingZeros().toPlainString();
			table = table.replaceAll("(?m)^(\\t\\s*)" + Pattern.quote(value) + "$", "$1" + yuan);
		}
		return text.substring(0, start) + table + text.substring(end);
	}

	/**
	 * Seed 001's performance part on its own, as a county's 部门预算绩效文本: its title says so,
	 * its first part is the department-wide goals, its second the projects.
	 */
	static String performanceText(String text) {
		int overall = text.indexOf("（一）总体绩效目标");
		int projects = text.indexOf("（四）预算项目绩效目标");
		int end = text.indexOf("\n六、政府采购预算情况");
		return String.join("\n", "平乡县公安局2020年部门预算绩效文本", "", "一、部门整体绩效目标", "", text.substring(overall, projects),
				"二、预算项目绩效目标", text.substring(text.indexOf('\n', projects) + 1, end));
	}

}
