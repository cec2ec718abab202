package cn.budget.disclosure;

import java.math.BigDecimal;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * The value of one cell or field: the text as written and, for numeric types and targets, the
 * parsed exact decimal, comparator and unit. A confidential value is kept for staff and masked when
 * published.
 */
@Embeddable
public class CellValue {

	@Column(name = "text_value", length = 100000)
	private String text;

	@Column(precision = 24, scale = 6)
	private BigDecimal amount;

	private String comparator;

	private String measure;

	private boolean confidential;

	protected CellValue() {
	}

	public CellValue(String text, BigDecimal amount, String comparator, String measure, boolean confidential) {
		this.text = text;
		this.amount = amount;
		this.comparator = comparator;
		this.measure = measure;
		this.confidential = confidential;
	}

	public String getText() {
		return text;
	}

	public BigDecimal getAmount() {
		return amount;
	}

	public String getComparator() {
		return comparator;
	}

	public String getMeasure() {
		return measure;
	}

	public boolean isConfidential() {
		return confidential;
	}

	/** Neither text nor flag: such values are not stored. */
	public boolean isEmpty() {
		return (text == null || text.isBlank()) && amount == null && !confidential;
	}

	@Override
	public boolean equals(Object o) {
		return o instanceof CellValue other && Objects.equals(text, other.text)
				&& (amount == null ? other.amount == null : other.amount != null && amount.compareTo(other.amount) == 0)
				&& Objects.equals(comparator, other.comparator) && Objects.equals(measure, other.measure)
				&& confidential == other.confidential;
	}

	@Override
	public int hashCode() {
		return Objects.hash(text, comparator, measure, confidential);
	}

}
