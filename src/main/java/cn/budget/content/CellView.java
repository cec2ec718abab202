package cn.budget.content;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.Optional;

import cn.budget.template.ColumnDefinition;
import cn.budget.template.ValueType;

/**
 * A cell or field as read: the value as written, whether it is confidential, the parts
 * the server parsed from it and where it came from.
 *
 * @param value the value as written, may be null
 * @param confidential whether the value is published as the mask
 * @param amount the exact decimal of an amount or number, in the unit of its table (or
 * document); null when the value is no number
 * @param comparator the comparator of a target value (≥ ≤ = &lt; &gt;), or null
 * @param unit the written unit of a target, or 万元/元 for an amount; null otherwise
 * @param source where the value came from, or null when unknown
 */
public record CellView(String value, boolean confidential, BigDecimal amount, String comparator, String unit,
		CellSource source) {

	/** What a confidential value shows in published documents. */
	public static final String MASK = "****";

	/** No value. */
	public static final CellView EMPTY = new CellView(null, false, null, null, null, null);

	/** A plain value without parsed parts or provenance. */
	public static CellView of(String value) {
		return new CellView(value, false, null, null, null, null);
	}

	/** The value trimmed, or null when blank. */
	public String text() {
		return value == null || value.isBlank() ? null : value.strip();
	}

	/** No value and not confidential. */
	public boolean isBlank() {
		return text() == null && !confidential;
	}

	/** The amount, when the value is one. */
	public Optional<BigDecimal> amountValue() {
		return Optional.ofNullable(amount);
	}

	/** The value read as a performance target (≥95%, 2026年12月前 …), or empty. */
	public Optional<TargetValue> target() {
		return Optional.ofNullable(TargetValue.parse(text()));
	}

	/** Whether the value was read from a sentence of an imported document's text. */
	public boolean fromText() {
		return source != null && source.fromText();
	}

	/**
	 * The same cell as the public sees it: a confidential value becomes the mask and
	 * forgets its parsed parts and provenance (the sentence would show the figure).
	 */
	public CellView masked() {
		return confidential ? new CellView(MASK, true, null, null, null, null) : this;
	}

	/**
	 * The value as staff read it in a column: amounts with thousands separators and at
	 * least two decimals, numbers with the decimals they have, percentages with a sign,
	 * everything else as written; a confidential cell without a value shows the mask. For
	 * the public, display the {@link #masked()} cell.
	 * @param column the column or field, null for text
	 */
	public String display(ColumnDefinition column) {
		String text = text();
		if (confidential && text == null) {
			return MASK;
		}
		if (text == null) {
			return "";
		}
		ValueType type = column == null ? ValueType.TEXT : column.type();
		if (amount != null && (type == ValueType.AMOUNT || type == ValueType.NUMBER)) {
			return type == ValueType.AMOUNT ? formatAmount(amount) : formatNumber(amount);
		}
		if (amount != null && type == ValueType.PERCENT) {
			return formatNumber(amount) + "%";
		}
		return text;
	}

	/**
	 * An amount as the documents print it: 1234.5 becomes 1,234.50; 0.485 stays 0.485.
	 */
	public static String formatAmount(BigDecimal value) {
		BigDecimal v = value.stripTrailingZeros();
		int scale = Math.max(2, v.scale());
		return format(value.setScale(scale, RoundingMode.UNNECESSARY), scale);
	}

	/** A quantity with thousands separators and only the decimals it has. */
	public static String formatNumber(BigDecimal value) {
		BigDecimal v = value.stripTrailingZeros();
		int scale = Math.max(0, v.scale());
		return format(v.setScale(scale, RoundingMode.UNNECESSARY), scale);
	}

	private static String format(BigDecimal value, int scale) {
		DecimalFormat format = new DecimalFormat(scale == 0 ? "#,##0" : "#,##0." + "0".repeat(scale),
				DecimalFormatSymbols.getInstance(Locale.ROOT));
		format.setParseBigDecimal(true);
		return format.format(value);
	}

	@Override
	public String toString() {
		return confidential ? "[confidential] " + value : String.valueOf(value);
	}

}
