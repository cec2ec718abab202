package cn.budget.disclosure;

import java.math.BigDecimal;
import java.util.Objects;

import cn.budget.content.CellSource;
import cn.budget.content.CellView;
import cn.budget.content.MeasureUnit;
import cn.budget.content.ValueParser;
import cn.budget.template.ColumnDefinition;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/**
 * The value of one cell or field: the text as written and, for numeric types and targets,
 * the parsed exact decimal, comparator and unit. A confidential value is kept for staff
 * and masked when published. Where the value came from (a table, a sentence, typing) is
 * kept beside it; it is not part of the value's equality.
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

	@Enumerated(EnumType.STRING)
	@Column(name = "origin", length = 8)
	private CellSource.Kind origin;

	@Column(name = "source_text", length = CellSource.MAX_SENTENCE)
	private String sourceText;

	@Column(name = "source_line")
	private Integer sourceLine;

	protected CellValue() {
	}

	public CellValue(String text, BigDecimal amount, String comparator, String measure, boolean confidential) {
		this.text = text;
		this.amount = amount;
		this.comparator = comparator;
		this.measure = measure;
		this.confidential = confidential;
	}

	/**
	 * What {@link ValueParser} read from a typed value, to store; null when there is
	 * nothing to store.
	 */
	static CellValue parsed(ValueParser.Result result) {
		CellView v = result.value();
		return v == null ? null : new CellValue(v.value(), v.amount(), v.comparator(), v.unit(), v.confidential());
	}

	/**
	 * Parses what a drafter typed into a cell or field ({@link ValueParser}); nothing to
	 * parse when nothing was posted.
	 */
	static ValueParser.Result parse(ColumnDefinition column, CellContent content, MeasureUnit unit) {
		return content == null ? new ValueParser.Result(null, null)
				: ValueParser.parse(column, content.trimmed(), content.isConfidential(), unit);
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

	/**
	 * Where the value came from, or null when not known (values stored before provenance
	 * was kept).
	 */
	public CellSource getSource() {
		return origin == null ? null : new CellSource(origin, sourceText, sourceLine);
	}

	/** The same value with the given provenance (null: unknown). */
	CellValue withSource(CellSource source) {
		CellValue copy = new CellValue(text, amount, comparator, measure, confidential);
		if (source != null) {
			copy.origin = source.kind();
			copy.sourceText = source.sentence();
			copy.sourceLine = source.line();
		}
		return copy;
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
