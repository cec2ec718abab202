package cn.budget.checks;

import java.math.BigDecimal;
import java.util.List;

/**
 * A project's spending plan (资金支出计划) is cumulative: the percentages at the end of March,
 * June, October and December never go down, and the plan ends at 100%. Blank months are
 * allowed.
 */
final class SpendingPlan implements Check {

	static final RuleSpec PLAN = RuleSpec.error("plan.spending");

	private static final List<String> MONTHS = List.of("plan_march", "plan_june", "plan_october", "plan_december");

	private static final BigDecimal FULL = BigDecimal.valueOf(100);

	@Override
	public List<RuleSpec> rules() {
		return List.of(PLAN);
	}

	@Override
	public void run(Inspection in) {
		for (Sheet sheet : in.sheets("project_performance")) {
			check(in, sheet);
		}
	}

	private static void check(Inspection in, Sheet sheet) {
		Figure previous = null;
		boolean any = false;
		for (String month : MONTHS) {
			Figure share = sheet.headerFigure(month);
			if (!share.known()) {
				continue;
			}
			any = true;
			if (previous != null && share.value().compareTo(previous.value()) < 0) {
				in.reportVariant(PLAN, "decreasing", share.address(), "≥ " + percent(previous.value()),
						percent(share.value()), percent(previous.value()), percent(share.value()));
			}
			previous = share;
		}
		Figure december = sheet.headerFigure("plan_december");
		if (any && (!december.known() || december.value().compareTo(FULL) != 0)) {
			in.reportVariant(PLAN, "end", december.address(), "100%",
					december.known() ? percent(december.value()) : null);
		}
	}

	private static String percent(BigDecimal value) {
		return value.stripTrailingZeros().toPlainString() + "%";
	}

}
