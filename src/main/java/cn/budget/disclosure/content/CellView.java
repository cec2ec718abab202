package cn.budget.disclosure.content;

import java.math.BigDecimal;
import java.util.Optional;

import cn.budget.disclosure.CellSource;
import cn.budget.disclosure.TargetValue;

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

	@Override
	public String toString() {
		return confidential ? "[confidential] " + value : String.valueOf(value);
	}

}
