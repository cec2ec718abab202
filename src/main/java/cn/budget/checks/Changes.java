package cn.budget.checks;

import java.math.BigDecimal;
import java.util.List;

/**
 * "Change vs last year" equals this year minus last year, in the tables that state
 * changes; and the change of a row as stated, or as worked out from its two years, for
 * the other rules.
 */
final class Changes implements Check {

	static final RuleSpec DIFFERENCE = RuleSpec.error("change.difference");

	static final List<String> TABLES = List.of("budget_overview", "three_public");

	@Override
	public List<RuleSpec> rules() {
		return List.of(DIFFERENCE);
	}

	@Override
	public void run(Inspection in) {
		for (String table : TABLES) {
			for (Sheet sheet : in.sheets(table)) {
				for (Sheet.Line line : sheet.lines()) {
					Figure change = sheet.figure(line, "change");
					Figure current = sheet.figure(line, "current");
					Figure previous = sheet.figure(line, "previous");
					// Figures read from a sentence are checked with the sentence quoted
					// (ChangeDifferences).
					if (change.known() && current.known() && previous.known() && !ChangeDifferences.fromText(line)) {
						BigDecimal expected = current.in(change.unit()).subtract(previous.in(change.unit()));
						int scale = Math.min(change.scale(), Math.min(current.scale(), previous.scale()));
						Arithmetic.compare(in, DIFFERENCE, change, expected, scale);
					}
				}
			}
		}
	}

	/**
	 * A row's change as stated, else this year minus last year; blank when neither is
	 * known.
	 */
	static Figure effective(Sheet sheet, String rowKey) {
		Figure change = sheet.figure(rowKey, "change");
		if (change.stated()) {
			return change;
		}
		Figure current = sheet.figure(rowKey, "current");
		Figure previous = sheet.figure(rowKey, "previous");
		if (!current.known() || !previous.known()) {
			return change;
		}
		BigDecimal value = current.in(change.unit()).subtract(previous.in(change.unit()));
		return new Figure(value, change.unit(), Math.min(current.scale(), previous.scale()), false, change.address());
	}

}
