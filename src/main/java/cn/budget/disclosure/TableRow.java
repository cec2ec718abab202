package cn.budget.disclosure;

import java.util.LinkedHashMap;
import java.util.Map;

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
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import cn.budget.template.RowRole;

/**
 * A row of a table: its cells by column key, its level (a duty and its activities) and
 * its role (data, subtotal, total, heading). Fixed rows carry the key of their
 * definition.
 */
@Entity
@Table(name = "table_row")
public class TableRow {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "table_row_seq")
	@SequenceGenerator(name = "table_row_seq", sequenceName = "table_row_seq", allocationSize = 50)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	private DataTable table;

	private int ordinal;

	private String rowKey;

	private int level;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private RowRole role = RowRole.DATA;

	@ElementCollection
	@CollectionTable(name = "table_cell", joinColumns = @JoinColumn(name = "row_id"))
	@MapKeyColumn(name = "column_key")
	private Map<String, CellValue> cells = new LinkedHashMap<>();

	protected TableRow() {
	}

	TableRow(String rowKey, int level, RowRole role) {
		this.rowKey = rowKey;
		this.level = level;
		this.role = role == null ? RowRole.DATA : role;
	}

	void attachTo(DataTable owner, int position) {
		this.table = owner;
		this.ordinal = position;
	}

	void shape(String key, int newLevel, RowRole newRole) {
		this.rowKey = key;
		this.level = newLevel;
		this.role = newRole == null ? RowRole.DATA : newRole;
	}

	void setCell(String columnKey, CellValue value) {
		if (value == null || value.isEmpty()) {
			cells.remove(columnKey);
		}
		else {
			cells.put(columnKey, value);
		}
	}

	public Long getId() {
		return id;
	}

	public DataTable getTable() {
		return table;
	}

	public int getOrdinal() {
		return ordinal;
	}

	public String getRowKey() {
		return rowKey;
	}

	public int getLevel() {
		return level;
	}

	public RowRole getRole() {
		return role;
	}

	public Map<String, CellValue> getCells() {
		return cells;
	}

}
