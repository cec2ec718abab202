package cn.budget.checks;

import cn.budget.content.ContentAddress;
import java.util.List;

/**
 * The same figure stated twice agrees, in the same unit: revenue total and expenditure
 * total of the overview; the operating funds of part 三 and the public operating expenses
 * of part 二 (a figure in the wrong unit, such as 657.2元 for 657.2万元, is called out as
 * such); table 9 and the parts it repeats.
 */
final class SameFigures implements Check {

	static final RuleSpec BALANCE = RuleSpec.error("balance.budget");

	static final RuleSpec OPERATING_FUNDS = RuleSpec.error("figure.operating-funds");

	static final RuleSpec T9_PARTS = RuleSpec.error("standard.t9-parts");

	@Override
	public List<RuleSpec> rules() {
		return List.of(BALANCE, OPERATING_FUNDS, T9_PARTS);
	}

	@Override
	public void run(Inspection in) {
		for (Sheet overview : in.sheets("budget_overview")) {
			for (String column : List.of("current", "previous")) {
				same(in, BALANCE, overview.figure("revenue_total", column),
						overview.figure("expenditure_total", column));
			}
		}
		Figure funds = operatingFunds(in);
		in.sheet("budget_overview")
			.ifPresent(overview -> same(in, OPERATING_FUNDS, overview.figure("public_operating", "current"), funds));
		Figure typed = in.fieldFigure("operating_funds", "operating_funds_amount");
		if (typed.known()) {
			same(in, OPERATING_FUNDS, typed, firstTextAmount(in));
		}
		in.sheet("t9_three_public_operating").ifPresent(t9 -> {
			in.sheet("three_public")
				.ifPresent(tp -> same(in, T9_PARTS, tp.figure("total", "current"),
						t9.figure("three_public_total", "amount")));
			same(in, T9_PARTS, funds, t9.figure("operating_funds", "amount"));
		});
	}

	/** Part 三's figure: the amount field, else the first amount its text states. */
	private static Figure operatingFunds(Inspection in) {
		Figure typed = in.fieldFigure("operating_funds", "operating_funds_amount");
		return typed.stated() ? typed : firstTextAmount(in);
	}

	private static Figure firstTextAmount(Inspection in) {
		ContentAddress at = ContentAddress.field("operating_funds", "operating_funds_text");
		return TextAmounts.in(in.fieldText("operating_funds", "operating_funds_text"))
			.stream()
			.findFirst()
			.map(m -> Figure.of(m.value(), m.unit(), at))
			.orElse(Figure.blank(at, in.documentUnit()));
	}

	/**
	 * Compares a figure with the one it repeats. Equal numbers in different units are a
	 * unit slip, reported as such rather than as a difference of almost the whole figure.
	 */
	static void same(Inspection in, RuleSpec rule, Figure expected, Figure stated) {
		if (!expected.known() || !stated.known()) {
			return;
		}
		if (stated.unit() != expected.unit() && stated.value().compareTo(expected.value()) == 0
				&& stated.value().signum() != 0) {
			in.reportVariant(rule, "unit", stated.address(), expected.formatted(), stated.formatted(),
					expected.formatted(), stated.formatted(), Places.label(in, expected.address()));
			return;
		}
		Arithmetic.compare(in, rule, stated, expected.in(stated.unit()), Math.min(stated.scale(), expected.scale()),
				Places.label(in, expected.address()));
	}

}
