package cn.budget.checks;

import java.math.BigDecimal;

import cn.budget.content.CellView;
import cn.budget.content.ContentAddress;
import cn.budget.content.MeasureUnit;

/**
 * A figure read from a place in the document: its value in its unit, or the fact that it
 * is withheld (masked), or nothing at all. Checks skip sums that involve withheld
 * figures.
 *
 * @param value the value, null when blank or withheld
 * @param unit the unit of money it is stated in
 * @param scale the decimals it is written with (30.00 has two), which sets the rounding
 * tolerance
 * @param masked whether it is withheld
 * @param address where it is
 */
record Figure(BigDecimal value, MeasureUnit unit, int scale, boolean masked, ContentAddress address) {

	static Figure blank(ContentAddress address, MeasureUnit unit) {
		return new Figure(null, unit, 0, false, address);
	}

	static Figure of(BigDecimal value, MeasureUnit unit, ContentAddress address) {
		return new Figure(value, unit, value == null ? 0 : Math.max(0, value.scale()), false, address);
	}

	boolean known() {
		return value != null;
	}

	/** Stated at all: known or withheld. */
	boolean stated() {
		return value != null || masked;
	}

	/** The value in another unit, exactly. */
	BigDecimal in(MeasureUnit target) {
		return unit.convert(value, target);
	}

	String formatted() {
		return format(value, unit);
	}

	static String format(BigDecimal value, MeasureUnit unit) {
		return value == null ? null : CellView.formatAmount(value) + (unit == null ? "" : unit.label());
	}

}
