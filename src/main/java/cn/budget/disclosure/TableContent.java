package cn.budget.disclosure;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A table as typed and as sent over the API: which definition it instantiates
 * ({@code key}), its title, the unit it is attributed to, its unit of measure,
 * confidentiality, header fields and rows. {@code id} is null for a new table.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public class TableContent {

	private Long id;

	private String key;

	private String title;

	private String unitCode;

	private String unitOfMeasure;

	private boolean confidential;

	private String confidentialReason;

	private Map<String, CellContent> header = new LinkedHashMap<>();

	private List<RowContent> rows = new ArrayList<>();

	public TableContent() {
	}

	public TableContent(String key) {
		this.key = key;
	}

	public Long getId() {
		return id;
	}

	public void setId(Long id) {
		this.id = id;
	}

	public String getKey() {
		return key;
	}

	public void setKey(String key) {
		this.key = key;
	}

	public String getTitle() {
		return title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public String getUnitCode() {
		return unitCode;
	}

	public void setUnitCode(String unitCode) {
		this.unitCode = unitCode == null || unitCode.isBlank() ? null : unitCode.strip();
	}

	public String getUnitOfMeasure() {
		return unitOfMeasure;
	}

	public void setUnitOfMeasure(String unitOfMeasure) {
		this.unitOfMeasure = unitOfMeasure == null || unitOfMeasure.isBlank() ? null : unitOfMeasure;
	}

	public boolean isConfidential() {
		return confidential;
	}

	public void setConfidential(boolean confidential) {
		this.confidential = confidential;
	}

	public String getConfidentialReason() {
		return confidentialReason;
	}

	public void setConfidentialReason(String confidentialReason) {
		this.confidentialReason = confidentialReason;
	}

	public Map<String, CellContent> getHeader() {
		return header;
	}

	public void setHeader(Map<String, CellContent> header) {
		this.header = header == null ? new LinkedHashMap<>() : header;
	}

	public List<RowContent> getRows() {
		return rows;
	}

	public void setRows(List<RowContent> rows) {
		this.rows = rows == null ? new ArrayList<>() : rows;
	}

	/** Adds a row and returns it. */
	public RowContent addRow() {
		RowContent row = new RowContent();
		rows.add(row);
		return row;
	}

	@Override
	public boolean equals(Object o) {
		return o instanceof TableContent other && Objects.equals(key, other.key)
				&& Objects.equals(blankToNull(title), blankToNull(other.title))
				&& Objects.equals(unitCode, other.unitCode) && Objects.equals(unitOfMeasure, other.unitOfMeasure)
				&& confidential == other.confidential
				&& Objects.equals(blankToNull(confidentialReason), blankToNull(other.confidentialReason))
				&& Objects.equals(RowContent.nonBlank(header), RowContent.nonBlank(other.header))
				&& Objects.equals(rows, other.rows);
	}

	@Override
	public int hashCode() {
		return Objects.hash(key, unitCode, rows.size());
	}

	private static String blankToNull(String s) {
		return s == null || s.isBlank() ? null : s.strip();
	}

}
