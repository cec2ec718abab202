package cn.budget.template;

/**
 * What a field or a table column holds, which decides how it is parsed, validated and
 * rendered.
 */
public enum ValueType {

	/** One line of text. */
	TEXT,
	/** A paragraph or more. */
	LONG_TEXT,
	/** Money in the table's (or document's) unit of measure: an exact decimal. */
	AMOUNT,
	/** A quantity such as an area or a count: an exact decimal. */
	NUMBER,
	/** A percentage between 0 and 100. */
	PERCENT,
	/**
	 * An indicator's target value: kept as written and parsed into comparator, number and
	 * unit.
	 */
	TARGET,
	/** A classification or catalogue code, e.g. {@code 2040220} or {@code C0206}. */
	CODE,
	/** A calendar date, written 2026-03-01. */
	DATE;

	/** Holds an exact decimal that arithmetic checks may add up. */
	public boolean isDecimal() {
		return this == AMOUNT || this == NUMBER || this == PERCENT;
	}

}
