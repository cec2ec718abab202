package cn.budget.checks;

import java.util.ArrayList;
import java.util.List;

/**
 * Totals over lists of rows: the assets planned this year against the rows per unit, and
 * each duty's budget against its activities' budgets where both are given.
 */
final class ListSums implements Check {

	static final RuleSpec PLANNED_ASSETS = RuleSpec.error("sum.planned-assets");

	static final RuleSpec DUTIES = RuleSpec.error("sum.duty-activities");

	@Override
	public List<RuleSpec> rules() {
		return List.of(PLANNED_ASSETS, DUTIES);
	}

	@Override
	public void run(Inspection in) {
		for (Sheet sheet : in.sheets("planned_assets")) {
			checkPlanned(in, sheet);
		}
		for (Sheet sheet : in.sheets("duty_activities")) {
			checkDuties(in, sheet);
		}
	}

	private static void checkPlanned(Inspection in, Sheet sheet) {
		List<Figure> rows = new ArrayList<>();
		Figure totalRow = null;
		for (Sheet.Line line : sheet.lines()) {
			String role = line.row().role();
			if ("TOTAL".equals(role)) {
				totalRow = sheet.figure(line, "amount");
			}
			else if (!"GROUP".equals(role) && !"SUBTOTAL".equals(role)) {
				rows.add(sheet.figure(line, "amount"));
			}
		}
		if (totalRow != null) {
			Arithmetic.sum(in, PLANNED_ASSETS, totalRow, rows);
		}
		Figure field = in.fieldFigure("assets", "planned_assets_total");
		Arithmetic.sum(in, PLANNED_ASSETS, field, totalRow != null && totalRow.stated() ? List.of(totalRow) : rows);
	}

	private static void checkDuties(Inspection in, Sheet sheet) {
		Figure duty = null;
		List<Figure> activities = new ArrayList<>();
		for (Sheet.Line line : sheet.lines()) {
			if (line.row().level() == 0) {
				closeDuty(in, duty, activities);
				duty = sheet.figure(line, "budget");
				activities = new ArrayList<>();
			}
			else {
				activities.add(sheet.figure(line, "budget"));
			}
		}
		closeDuty(in, duty, activities);
	}

	private static void closeDuty(Inspection in, Figure duty, List<Figure> activities) {
		if (duty != null) {
			Arithmetic.sum(in, DUTIES, duty, activities);
		}
	}

}
