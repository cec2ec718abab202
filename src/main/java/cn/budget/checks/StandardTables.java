package cn.budget.checks;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The standard budget tables (九张表) when present: within each row the total equals its
 * columns (T2, T3, T4, T5, T6, T7, T8), and across tables the identities reviewers use:
 * T1 revenue total = T1 expenditure total; T3 basic = T8 total; T1 totals = T4 totals; T4
 * expenditure = T5 + T6 + T7. Totals are the rows marked as total. (T9's own sums are
 * fixed-row sums.)
 */
final class StandardTables implements Check {

	static final RuleSpec ROW_SUM = RuleSpec.error("standard.row-sum");

	static final RuleSpec T1_BALANCE = RuleSpec.error("standard.t1-balance");

	static final RuleSpec T3_T8 = RuleSpec.error("standard.t3-t8");

	static final RuleSpec T1_T4 = RuleSpec.error("standard.t1-t4");

	static final RuleSpec T4_FUNCTIONAL = RuleSpec.error("standard.t4-functional");

	/** A column that adds up other columns of the same row. */
	private record RowIdentity(String table, String total, List<String> parts) {
	}

	private static final List<RowIdentity> ROWS = List.of(
			new RowIdentity("t2_revenue", "total",
					List.of("general", "fund", "state_capital", "special", "business", "other", "carryover")),
			new RowIdentity("t3_expenditure", "total", List.of("basic", "project")),
			new RowIdentity("t4_fiscal_summary", "expenditure_total",
					List.of("expenditure_general", "expenditure_fund", "expenditure_state_capital")),
			new RowIdentity("t5_general_functional", "total", List.of("basic", "project")),
			new RowIdentity("t5_general_functional", "basic", List.of("personnel", "public")),
			new RowIdentity("t6_fund_functional", "total", List.of("basic", "project")),
			new RowIdentity("t7_state_capital_functional", "total", List.of("basic", "project")),
			new RowIdentity("t8_general_economic", "total", List.of("personnel", "public")));

	@Override
	public List<RuleSpec> rules() {
		return List.of(ROW_SUM, T1_BALANCE, T3_T8, T1_T4, T4_FUNCTIONAL);
	}

	@Override
	public void run(Inspection in) {
		for (RowIdentity identity : ROWS) {
			for (Sheet sheet : in.sheets(identity.table())) {
				for (Sheet.Line line : sheet.lines()) {
					List<Figure> parts = identity.parts().stream().map(p -> sheet.figure(line, p)).toList();
					Arithmetic.sum(in, ROW_SUM, sheet.figure(line, identity.total()), parts);
				}
			}
		}
		Figure t1Revenue = total(in, "t1_finance_summary", "revenue_amount");
		Figure t1Expenditure = total(in, "t1_finance_summary", "expenditure_amount");
		SameFigures.same(in, T1_BALANCE, t1Revenue, t1Expenditure);
		SameFigures.same(in, T3_T8, total(in, "t3_expenditure", "basic"), total(in, "t8_general_economic", "total"));
		SameFigures.same(in, T1_T4, t1Revenue, total(in, "t4_fiscal_summary", "revenue_amount"));
		SameFigures.same(in, T1_T4, t1Expenditure, total(in, "t4_fiscal_summary", "expenditure_total"));
		List<Figure> functional = new ArrayList<>();
		for (String table : List.of("t5_general_functional", "t6_fund_functional", "t7_state_capital_functional")) {
			functional.add(total(in, table, "total"));
		}
		Arithmetic.sum(in, T4_FUNCTIONAL, total(in, "t4_fiscal_summary", "expenditure_total"), functional);
	}

	/**
	 * A column's figure in the last row marked total of a table that states it; blank
	 * when none.
	 */
	private static Figure total(Inspection in, String table, String column) {
		Optional<Sheet> sheet = in.sheet(table);
		if (sheet.isEmpty()) {
			return Figure.blank(null, in.documentUnit());
		}
		Figure found = Figure.blank(sheet.get().tableLocation(), sheet.get().unit());
		for (Sheet.Line line : sheet.get().lines()) {
			Figure figure = sheet.get().figure(line, column);
			if ("TOTAL".equals(line.row().role()) && figure.stated()) {
				found = figure;
			}
		}
		return found;
	}

}
