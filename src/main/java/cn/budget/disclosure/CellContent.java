package cn.budget.disclosure;

import java.math.BigDecimal;
import java.util.Objects;

import cn.budget.content.CellSource;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A cell or field as typed and as sent over the API: the value as text and the
 * confidential flag. On the way out the parsed parts are added (amount with its unit; a
 * target's comparator, number and unit); the server ignores them on the way in and parses
 * the value itself.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public class CellContent {

	private String value;

	private boolean confidential;

	@Schema(accessMode = Schema.AccessMode.READ_ONLY, description = "Parsed exact decimal of an amount or number")
	@JsonProperty
	private BigDecimal amount;

	@Schema(accessMode = Schema.AccessMode.READ_ONLY, description = "Comparator of a target value: ≥ ≤ = < >")
	@JsonProperty
	private String comparator;

	@Schema(accessMode = Schema.AccessMode.READ_ONLY,
			description = "Unit: 万元/元 for amounts, the written unit of a target")
	@JsonProperty
	private String unit;

	@Schema(accessMode = Schema.AccessMode.READ_ONLY,
			description = "Where the value came from: an imported table, a sentence of the text (quoted), or typing")
	@JsonProperty
	private CellSource source;

	public CellContent() {
	}

	public CellContent(String value, boolean confidential) {
		this.value = value;
		this.confidential = confidential;
	}

	public static CellContent of(String value) {
		return new CellContent(value, false);
	}

	public String getValue() {
		return value;
	}

	public void setValue(String value) {
		this.value = value;
	}

	public boolean isConfidential() {
		return confidential;
	}

	public void setConfidential(boolean confidential) {
		this.confidential = confidential;
	}

	public BigDecimal getAmount() {
		return amount;
	}

	public String getComparator() {
		return comparator;
	}

	public String getUnit() {
		return unit;
	}

	public CellSource getSource() {
		return source;
	}

	/**
	 * Notes where the value came from. Only the system's own updates (imports) are taken
	 * at their word; on a drafter's save the server decides (an unchanged value keeps its
	 * provenance, a changed one is typed).
	 */
	public void setSource(CellSource source) {
		this.source = source;
	}

	/**
	 * Forgets the parsed parts and the provenance, e.g. when the value is masked for the
	 * public (the sentence would show the masked figure).
	 */
	public void clearParsed() {
		describeParsed(null, null, null);
		this.source = null;
	}

	void describeParsed(BigDecimal parsedAmount, String parsedComparator, String parsedUnit) {
		this.amount = parsedAmount;
		this.comparator = parsedComparator;
		this.unit = parsedUnit;
	}

	/** No value and not confidential. */
	@JsonIgnore
	public boolean isBlank() {
		return (value == null || value.isBlank()) && !confidential;
	}

	/** The value trimmed, or null when blank. */
	public String trimmed() {
		return value == null || value.isBlank() ? null : value.strip();
	}

	@Override
	public boolean equals(Object o) {
		return o instanceof CellContent other && Objects.equals(trimmed(), other.trimmed())
				&& confidential == other.confidential;
	}

	@Override
	public int hashCode() {
		return Objects.hash(trimmed(), confidential);
	}

	@Override
	public String toString() {
		return confidential ? "[confidential] " + value : String.valueOf(value);
	}

}
