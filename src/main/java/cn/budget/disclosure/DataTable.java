package cn.budget.disclosure;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.budget.content.MeasureUnit;
import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/**
 * One table of a section: an instance of a table definition, optionally attributed to a
 * unit of the department, with its own unit of measure, header fields and rows.
 */
@Entity
@Table(name = "data_table")
public class DataTable {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "data_table_seq")
	@SequenceGenerator(name = "data_table_seq", sequenceName = "data_table_seq", allocationSize = 50)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	private Section section;

	@Column(nullable = false)
	private String tableKey;

	private int ordinal;

	private String title;

	/**
	 * The unit this table is attributed to; its drafters may edit it. Null: the
	 * department's.
	 */
	private String unitCode;

	@Enumerated(EnumType.STRING)
	private MeasureUnit unitOfMeasure;

	private boolean confidential;

	private String confidentialReason;

	@ElementCollection
	@CollectionTable(name = "table_header", joinColumns = @JoinColumn(name = "table_id"))
	@MapKeyColumn(name = "field_key")
	private Map<String, CellValue> header = new LinkedHashMap<>();

	@OneToMany(mappedBy = "table", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("ordinal")
	private List<TableRow> rows = new ArrayList<>();

	protected DataTable() {
	}

	DataTable(String tableKey) {
		this.tableKey = tableKey;
	}

	void attachTo(Section owner, int position) {
		this.section = owner;
		this.ordinal = position;
	}

	void describe(String newTitle, String newUnitCode, MeasureUnit unit, boolean isConfidential, String reason) {
		this.title = newTitle;
		this.unitCode = newUnitCode;
		this.unitOfMeasure = unit;
		this.confidential = isConfidential;
		this.confidentialReason = reason;
	}

	void setHeader(String key, CellValue value) {
		if (value == null || value.isEmpty()) {
			header.remove(key);
		}
		else {
			header.put(key, value);
		}
	}

	/** Replaces the rows by the given ones, in order; rows left out are deleted. */
	void replaceRows(List<TableRow> ordered) {
		rows.retainAll(ordered);
		for (int i = 0; i < ordered.size(); i++) {
			TableRow row = ordered.get(i);
			if (!rows.contains(row)) {
				rows.add(row);
			}
			row.attachTo(this, i);
		}
		rows.sort(java.util.Comparator.comparingInt(TableRow::getOrdinal));
	}

	public Long getId() {
		return id;
	}

	public Section getSection() {
		return section;
	}

	public String getTableKey() {
		return tableKey;
	}

	public int getOrdinal() {
		return ordinal;
	}

	public String getTitle() {
		return title;
	}

	public String getUnitCode() {
		return unitCode;
	}

	public MeasureUnit getUnitOfMeasure() {
		return unitOfMeasure;
	}

	public boolean isConfidential() {
		return confidential;
	}

	public String getConfidentialReason() {
		return confidentialReason;
	}

	public Map<String, CellValue> getHeader() {
		return header;
	}

	public List<TableRow> getRows() {
		return rows;
	}

}
