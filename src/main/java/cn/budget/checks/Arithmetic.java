package cn.budget.checks;

import java.math.BigDecimal;
import java.util.List;

import cn.budget.content.MeasureUnit;
import cn.budget.shared.MessageCode;

/**
 * Compares a stated figure with the figure it should be, allowing for rounding at the
 * stated precision: figures written with two decimals may differ by 0.01 of their unit
 * (domain.md), figures written with fewer decimals by half of their last place (a part
 * that is zero sets no precision: 因公出国（境）费0万元 beside 1.31万元 does not widen the tolerance
 * to 0.5). A difference within that is reported as rounding ({@code arithmetic.rounding},
 * INFO), anything more under the rule that compared.
 */
final class Arithmetic {

	static final RuleSpec ROUNDING = RuleSpec.info("arithmetic.rounding");

	private static final BigDecimal MIN_TOLERANCE = new BigDecimal("0.01");

	private static final BigDecimal HALF = new BigDecimal("0.5");

	private Arithmetic() {
	}

	/**
	 * Checks that a stated total equals the sum of its parts. Nothing is compared while
	 * the total is blank or withheld, a part is withheld, or no part is given.
	 * @param args extra message arguments after expected, actual and difference
	 */
	static void sum(Inspection in, RuleSpec rule, Figure total, List<Figure> parts, Object... args) {
		if (!total.known() || parts.stream().anyMatch(Figure::masked) || parts.stream().noneMatch(Figure::known)) {
			return;
		}
		BigDecimal expected = BigDecimal.ZERO;
		int scale = total.scale();
		for (Figure part : parts) {
			if (part.known()) {
				expected = expected.add(part.in(total.unit()));
				// A part written "0" is exactly nothing: it says nothing about the
				// precision of the others.
				if (part.value().signum() != 0) {
					scale = Math.min(scale, part.scale());
				}
			}
		}
		compare(in, rule, total, expected, scale, args);
	}

	/**
	 * Checks that a stated figure equals an expected value given in the stated figure's
	 * unit.
	 */
	static void compare(Inspection in, RuleSpec rule, Figure stated, BigDecimal expected, int scale, Object... args) {
		BigDecimal difference = stated.value().subtract(expected);
		if (difference.signum() == 0) {
			return;
		}
		MeasureUnit unit = stated.unit();
		String expectedText = Figure.format(expected, unit);
		Object[] all = arguments(expectedText, stated.formatted(), Figure.format(difference, unit), args);
		if (difference.abs().compareTo(tolerance(scale)) <= 0) {
			Object[] rounding = arguments(expectedText, stated.formatted(), Figure.format(difference, unit),
					new MessageCode("checks.title." + rule.id()));
			in.report(ROUNDING, stated.address(), expectedText, stated.formatted(), rounding);
			return;
		}
		in.report(rule, stated.address(), expectedText, stated.formatted(), all);
	}

	/** The rounding tolerance of figures written with the given number of decimals. */
	static BigDecimal tolerance(int scale) {
		BigDecimal half = HALF.movePointLeft(Math.max(0, scale));
		return half.max(MIN_TOLERANCE);
	}

	private static Object[] arguments(String expected, String actual, String difference, Object... extra) {
		Object[] all = new Object[3 + extra.length];
		all[0] = expected;
		all[1] = actual;
		all[2] = difference;
		System.arraycopy(extra, 0, all, 3, extra.length);
		return all;
	}

}
