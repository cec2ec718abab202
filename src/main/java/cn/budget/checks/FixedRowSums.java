package cn.budget.checks;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Totals of fixed rows against their parts (revenue sources, basic + project, personnel +
 * public, the 三公 items, vehicle purchase + operation, asset rows, table 9), in each
 * amount column; and the same identities over the changes: the stated component changes
 * add up to the stated total change. A subtotal left blank is worked out from its own
 * parts, so that 支出总计 can be checked against 人员经费 + 日常公用经费 + 项目支出 when 基本支出 is not
 * stated.
 */
final class FixedRowSums implements Check {

	static final RuleSpec REVENUE = RuleSpec.error("sum.budget-revenue");

	static final RuleSpec EXPENDITURE = RuleSpec.error("sum.budget-expenditure");

	static final RuleSpec BASIC = RuleSpec.error("sum.budget-basic");

	static final RuleSpec THREE_PUBLIC = RuleSpec.error("sum.three-public");

	static final RuleSpec VEHICLES = RuleSpec.error("sum.vehicles");

	static final RuleSpec ASSETS = RuleSpec.error("sum.assets");

	static final RuleSpec T9_THREE_PUBLIC = RuleSpec.error("standard.t9-three-public");

	static final RuleSpec T9_VEHICLES = RuleSpec.error("standard.t9-vehicles");

	static final RuleSpec CHANGES = RuleSpec.error("change.components");

	/** A total row and the rows it adds up, in one table, over the given columns. */
	record Identity(RuleSpec rule, String table, String total, List<String> parts, List<String> columns) {
	}

	private static final List<String> YEARS = List.of("current", "previous");

	static final List<Identity> IDENTITIES = List.of(
			new Identity(REVENUE, "budget_overview", "revenue_total",
					List.of("revenue_general", "revenue_fund", "revenue_special", "revenue_business", "revenue_other",
							"revenue_carryover"),
					YEARS),
			new Identity(EXPENDITURE, "budget_overview", "expenditure_total", List.of("basic", "project"), YEARS),
			new Identity(BASIC, "budget_overview", "basic", List.of("personnel", "public_operating"), YEARS),
			new Identity(THREE_PUBLIC, "three_public", "total", List.of("overseas", "vehicles", "reception"), YEARS),
			new Identity(VEHICLES, "three_public", "vehicles", List.of("vehicle_purchase", "vehicle_operation"), YEARS),
			new Identity(ASSETS, "asset_holdings", "total", List.of("buildings", "vehicles", "equipment", "other"),
					List.of("value")),
			new Identity(T9_THREE_PUBLIC, "t9_three_public_operating", "three_public_total",
					List.of("overseas", "reception", "vehicles"), List.of("amount")),
			new Identity(T9_VEHICLES, "t9_three_public_operating", "vehicles",
					List.of("vehicle_purchase", "vehicle_operation"), List.of("amount")));

	/**
	 * Tables whose rows state a change that the changes of their parts must add up to.
	 */
	private static final List<String> CHANGE_TABLES = List.of("budget_overview", "three_public");

	@Override
	public List<RuleSpec> rules() {
		return List.of(REVENUE, EXPENDITURE, BASIC, THREE_PUBLIC, VEHICLES, ASSETS, T9_THREE_PUBLIC, T9_VEHICLES,
				CHANGES);
	}

	@Override
	public void run(Inspection in) {
		for (Identity identity : IDENTITIES) {
			for (Sheet sheet : in.sheets(identity.table())) {
				for (String column : identity.columns()) {
					Arithmetic.sum(in, identity.rule(), sheet.figure(identity.total(), column),
							parts(sheet, identity, column));
				}
				if (CHANGE_TABLES.contains(identity.table())) {
					checkChanges(in, sheet, identity);
				}
			}
		}
	}

	private static List<Figure> parts(Sheet sheet, Identity identity, String column) {
		return identity.parts().stream().map(p -> derive(sheet, p, row -> sheet.figure(row, column))).toList();
	}

	/**
	 * A row's figure as read, or, when a subtotal is left blank, the sum of its parts
	 * (each derived the same way); blank when a part is unknown.
	 */
	static Figure derive(Sheet sheet, String row, Function<String, Figure> read) {
		Figure stated = read.apply(row);
		if (stated.stated()) {
			return stated;
		}
		Optional<Identity> own = IDENTITIES.stream()
			.filter(i -> i.table().equals(sheet.table().key()) && i.total().equals(row))
			.findFirst();
		if (own.isEmpty()) {
			return stated;
		}
		List<Figure> parts = own.get().parts().stream().map(p -> derive(sheet, p, read)).toList();
		if (parts.stream().anyMatch(p -> !p.known())) {
			return stated;
		}
		BigDecimal sum = parts.stream().map(p -> p.in(stated.unit())).reduce(BigDecimal.ZERO, BigDecimal::add);
		int scale = parts.stream().mapToInt(Figure::scale).min().orElse(0);
		return new Figure(sum, stated.unit(), scale, false, stated.address());
	}

	/**
	 * The changes of the parts add up to the change of the total, each stated or worked
	 * out from this year and last year; compared only when every part's change is known.
	 */
	private static void checkChanges(Inspection in, Sheet sheet, Identity identity) {
		Figure total = Changes.effective(sheet, identity.total());
		// A change the text states with its components is the text's to check
		// (text.change-components),
		// unless a drafter has typed one of the figures since.
		boolean statedInText = Stream.concat(Stream.of(identity.total()), identity.parts().stream())
			.map(row -> sheet.line(row).map(l -> l.cell("change")).orElse(null))
			.allMatch(c -> Cells.text(c) == null || Cells.fromText(c))
				&& sheet.line(identity.total()).map(l -> Cells.fromText(l.cell("change"))).orElse(false);
		if (!total.known() || statedInText) {
			return;
		}
		List<Figure> parts = identity.parts()
			.stream()
			.map(p -> derive(sheet, p, row -> Changes.effective(sheet, row)))
			.toList();
		if (parts.stream().allMatch(Figure::known)) {
			Arithmetic.sum(in, CHANGES, total, parts);
		}
	}

}
