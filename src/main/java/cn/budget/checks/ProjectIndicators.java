package cn.budget.checks;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.budget.content.TargetValue;

/**
 * The indicators of project performance tables: the target's comparator points the way
 * the indicator's meaning wants (a failure rate wants ≤, a ranking wants a small place);
 * the unit the name declares is the target's unit; a number the description states with
 * the target's unit meets the target; and the indicator fits its level-2 category.
 */
final class ProjectIndicators implements Check {

	static final RuleSpec DIRECTION = RuleSpec.error("indicator.direction");

	static final RuleSpec UNIT = RuleSpec.warning("indicator.unit");

	static final RuleSpec DESCRIPTION = RuleSpec.warning("indicator.description-number");

	static final RuleSpec CATEGORY = RuleSpec.warning("indicator.category");

	/**
	 * A number in a description; numbers in formulas (×100%) and glued to codes are not
	 * statements.
	 */
	private static final Pattern NUMBER = Pattern.compile("(?<![\\dA-Za-z.×*÷/])(\\d+(?:\\.\\d+)?)\\s*");

	@Override
	public List<RuleSpec> rules() {
		return List.of(DIRECTION, UNIT, DESCRIPTION, CATEGORY);
	}

	@Override
	public void run(Inspection in) {
		in.forEachText("project_performance", "name", (sheet, line, name) -> check(in, sheet, line, name));
	}

	private static void check(Inspection in, Sheet sheet, Sheet.Line line, String name) {
		String description = Cells.masked(line.cell("description")) ? null : line.text("description");
		TargetValue target = Cells.masked(line.cell("target")) ? null : TargetValue.parse(line.text("target"));
		checkCategory(in, sheet, line, name, description, target);
		if (target == null || target.kind() != TargetValue.Kind.NUMERIC) {
			return;
		}
		Direction stated = Direction.of(target.comparator());
		Optional<Knowledge.Meaning> wanted = in.knowledge().wanted(IndicatorNames.clean(name), description);
		if (stated != null && wanted.isPresent() && wanted.get().direction() != stated) {
			in.report(DIRECTION, sheet.cell(line, "target"), wanted.get().direction().comparator(), target.text(), name,
					wanted.get().word(), wanted.get().direction().comparator());
		}
		String declared = IndicatorNames.declaredUnit(name);
		if (declared != null && !in.knowledge().sameUnit(declared, target.unit())) {
			in.report(UNIT, sheet.cell(line, "target"), declared, target.unit(), name, declared, target.text());
		}
		if (description != null) {
			checkDescription(in, sheet, line, description, target);
		}
	}

	private static void checkDescription(Inspection in, Sheet sheet, Sheet.Line line, String description,
			TargetValue target) {
		String text = TargetValue.toHalfWidth(description);
		Matcher m = NUMBER.matcher(text);
		List<String> units = in.knowledge().unitsLike(target.unit());
		while (m.find()) {
			String after = text.substring(m.end());
			if (target.unit().isEmpty() || units.stream().noneMatch(after::startsWith)) {
				continue;
			}
			BigDecimal stated = new BigDecimal(m.group(1));
			if (!meets(stated, target)) {
				in.report(DESCRIPTION, sheet.cell(line, "description"), target.text(), m.group(1) + target.unit(),
						m.group(1) + target.unit(), target.text());
				return;
			}
		}
	}

	/** Whether a stated number meets a target: ≥ 700 is met by 710, = 102 only by 102. */
	static boolean meets(BigDecimal value, TargetValue target) {
		int c = value.compareTo(target.number());
		String comparator = target.comparator() == null ? "=" : target.comparator();
		return switch (comparator) {
			case "≥" -> c >= 0;
			case ">" -> c > 0;
			case "≤" -> c <= 0;
			case "<" -> c < 0;
			default -> c == 0;
		};
	}

	private static void checkCategory(Inspection in, Sheet sheet, Sheet.Line line, String name, String description,
			TargetValue target) {
		String level2 = line.text("level2");
		var category = in.knowledge().category(level2);
		if (category.isEmpty()) {
			return;
		}
		String both = name + " " + (description == null ? "" : description);
		boolean fits = category.get().words().stream().anyMatch(both::contains)
				|| target != null && target.kind() == TargetValue.Kind.NUMERIC
						&& category.get().units().stream().anyMatch(u -> in.knowledge().sameUnit(u, target.unit()))
				|| target != null && target.kind() == TargetValue.Kind.DATE && category.get().dates();
		if (!fits) {
			in.report(CATEGORY, sheet.cell(line, "level2"), category.get().match(), name, name, level2,
					String.join("、", category.get().words().subList(0, Math.min(5, category.get().words().size()))));
		}
	}

}
