package cn.budget.checks;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.budget.content.MeasureUnit;

/**
 * A total with its listed parts as one sentence states it: "收入共计5909万元，其中人员经费2766万元，
 * 正常公用经费1152.9万元，…". The parts are the amounts after 其中 outside brackets; an amount the
 * words before it make a change ("比去年增加7.37万元") is not a part, and what 包括 lists up to
 * the next semicolon is a part's own breakdown ("基本支出4529.49万元，包括人员经费…和日常公用经费…").
 *
 * @param sentence the sentence as written
 * @param total the stated total
 * @param parts the listed parts, at least two
 */
record StatedListing(String sentence, TextAmounts.Mention total, List<TextAmounts.Mention> parts) {

	/** 其中 right after the total, separated at most by punctuation. */
	private static final Pattern OF_WHICH = Pattern.compile("^[，,：:\\s]*其中[：:]?");

	/** The parts of a part: from 包括 to the end of its clause. */
	private static final Pattern BREAKDOWN = Pattern.compile("包括[^；;]*");

	/** The sum of the parts in the total's unit. */
	BigDecimal sum() {
		return parts.stream()
			.map(p -> p.unit().convert(p.value(), total.unit()))
			.reduce(BigDecimal.ZERO, BigDecimal::add);
	}

	/** Every listing of a sentence: usually none or one. */
	static List<StatedListing> in(String sentence) {
		Prose prose = new Prose(sentence);
		List<StatedListing> result = new ArrayList<>();
		List<Prose.Amount> amounts = prose.amounts(0, sentence.length());
		for (int i = 0; i < amounts.size(); i++) {
			Matcher ofWhich = OF_WHICH.matcher(prose.flat().substring(amounts.get(i).end()));
			if (ofWhich.find() && !Prose.CHANGE_WORDS.matcher(Prose.lastClause(amounts.get(i).gap())).find()) {
				List<TextAmounts.Mention> parts = parts(prose, amounts.get(i).end() + ofWhich.end());
				if (parts.size() >= 2) {
					result.add(new StatedListing(sentence, amounts.get(i).mention(), parts));
				}
			}
		}
		return result;
	}

	private static List<TextAmounts.Mention> parts(Prose prose, int from) {
		String flat = prose.flat();
		List<int[]> breakdowns = new ArrayList<>();
		Matcher breakdown = BREAKDOWN.matcher(flat);
		breakdown.region(from, flat.length());
		while (breakdown.find()) {
			breakdowns.add(new int[] { breakdown.start(), breakdown.end() });
		}
		List<TextAmounts.Mention> parts = new ArrayList<>();
		for (Prose.Amount amount : prose.amounts(from, flat.length())) {
			boolean inBreakdown = breakdowns.stream().anyMatch(s -> amount.start() >= s[0] && amount.end() <= s[1]);
			if (!inBreakdown && !Prose.CHANGE_WORDS.matcher(Prose.lastClause(amount.gap())).find()) {
				parts.add(amount.mention());
			}
		}
		return parts;
	}

	/** The amount in a unit, for a finding. */
	static String format(BigDecimal value, MeasureUnit unit) {
		return Figure.format(value, unit);
	}

}
