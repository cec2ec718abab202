package cn.budget.content;

import java.math.BigDecimal;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The unit of measure amounts are declared in (单位：万元 / 单位：元). Amounts are stored in the
 * declared unit, with the unit kept beside them.
 */
public enum MeasureUnit {

	WAN_YUAN("万元", new BigDecimal("10000")), YUAN("元", BigDecimal.ONE);

	private final String label;

	private final BigDecimal yuan;

	MeasureUnit(String label, BigDecimal yuan) {
		this.label = label;
		this.yuan = yuan;
	}

	@JsonValue
	public String label() {
		return label;
	}

	/** How many yuan one unit is. */
	public BigDecimal yuan() {
		return yuan;
	}

	/** Converts an amount in this unit into the other unit, exactly. */
	public BigDecimal convert(BigDecimal amount, MeasureUnit target) {
		if (amount == null || target == this) {
			return amount;
		}
		return amount.multiply(yuan).divide(target.yuan).stripTrailingZeros();
	}

	/**
	 * Reads {@code 万元}, {@code 元} or the constant names.
	 * @return the unit, or null for null or blank input
	 * @throws IllegalArgumentException for anything else
	 */
	@JsonCreator
	public static MeasureUnit parse(String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		String v = value.trim().replace("单位：", "").replace("单位:", "").trim();
		for (MeasureUnit unit : values()) {
			if (unit.label.equals(v) || unit.name().equalsIgnoreCase(v)) {
				return unit;
			}
		}
		throw new IllegalArgumentException("Unknown unit of measure: " + value);
	}

}
