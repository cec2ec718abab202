package cn.budget.checks;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import cn.budget.content.TargetValue;

/**
 * The grading standards (优 / 良 / 中 / 差) of duty-activity indicators: they run the way the
 * indicator's meaning wants (a 发生率 graded 优 100%, 差 60%以下 runs the wrong way), and each
 * grade is no better than the one before it.
 */
final class DutyGradings implements Check {

	static final RuleSpec ORDER = RuleSpec.warning("indicator.grading-order");

	private static final List<String> GRADES = List.of("excellent", "good", "fair", "poor");

	/** A grade that states a number. */
	private record Grade(String column, TargetValue value) {
	}

	@Override
	public List<RuleSpec> rules() {
		return List.of(ORDER);
	}

	@Override
	public void run(Inspection in) {
		in.forEachText("duty_activities", "indicator", (sheet, line, indicator) -> check(in, sheet, line, indicator));
	}

	private static void check(Inspection in, Sheet sheet, Sheet.Line line, String indicator) {
		List<Grade> grades = grades(line);
		if (grades.size() < 2) {
			return;
		}
		Direction implied = implied(grades);
		if (implied == null) {
			return;
		}
		Optional<Knowledge.Meaning> wanted = in.knowledge().wanted(IndicatorNames.clean(indicator), null);
		Grade best = grades.get(0);
		if (wanted.isPresent() && wanted.get().direction() != implied) {
			in.report(ProjectIndicators.DIRECTION, sheet.cell(line, best.column()),
					wanted.get().direction().comparator(), best.value().text(), indicator, wanted.get().word(),
					wanted.get().direction().comparator());
			return;
		}
		for (int i = 1; i < grades.size(); i++) {
			Grade previous = grades.get(i - 1);
			Grade grade = grades.get(i);
			int c = grade.value().number().compareTo(previous.value().number());
			if (implied == Direction.HIGHER ? c > 0 : c < 0) {
				in.report(ORDER, sheet.cell(line, grade.column()), previous.value().text(), grade.value().text(),
						indicator, previous.value().text(), grade.value().text());
				return;
			}
		}
	}

	/**
	 * The numeric grades in the unit most of them are written in, best first: drafters
	 * mix 1 and 80%以上 in one row, and only grades in one unit can be compared.
	 */
	private static List<Grade> grades(Sheet.Line line) {
		List<Grade> all = new ArrayList<>();
		for (String column : GRADES) {
			TargetValue value = Cells.masked(line.cell(column)) ? null : TargetValue.parse(line.text(column));
			if (value != null && value.kind() == TargetValue.Kind.NUMERIC) {
				all.add(new Grade(column, value));
			}
		}
		Map<String, Long> units = all.stream()
			.collect(Collectors.groupingBy(g -> g.value().unit(), LinkedHashMap::new, Collectors.counting()));
		String unit = units.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse("");
		return all.stream().filter(g -> g.value().unit().equals(unit)).toList();
	}

	/**
	 * The way the grading runs: the best grade's comparator, else the first grade that
	 * differs from it.
	 */
	private static Direction implied(List<Grade> grades) {
		Direction stated = Direction.of(grades.get(0).value().comparator());
		if (stated != null) {
			return stated;
		}
		for (Grade grade : grades.subList(1, grades.size())) {
			int c = grades.get(0).value().number().compareTo(grade.value().number());
			if (c != 0) {
				return c > 0 ? Direction.HIGHER : Direction.LOWER;
			}
		}
		return null;
	}

}
