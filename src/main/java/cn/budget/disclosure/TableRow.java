package cn.budget.disclosure;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;

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

	// The cells as RowCells stores them. Hibernate compares this text to decide whether
	// the row changed: exact (CellValue's equality leaves out provenance) and cheap. The
	// column takes 10,000,000 characters; Hibernate would expect a CLOB on H2 for more
	// than 1,000,000.
	@Column(name = "cells", length = 1_000_000)
	private String storedCells;

	// The cells decoded from storedCells, decoded again when that text is replaced (a
	// load, a refresh).
	@Transient
	private Map<String, CellValue> cells;

	@Transient
	private String decodedFrom;

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
		Map<String, CellValue> changed = new LinkedHashMap<>(getCells());
		changed.put(columnKey, value);
		setCells(changed);
	}

	/** Replaces all cells; null and empty values are not kept. */
	void setCells(Map<String, CellValue> values) {
		Map<String, CellValue> kept = new LinkedHashMap<>();
		values.forEach((key, value) -> {
			if (value != null && !value.isEmpty()) {
				kept.put(key, value);
			}
		});
		storedCells = RowCells.encode(kept);
		cells = Collections.unmodifiableMap(kept);
		decodedFrom = storedCells;
	}

	/** The cells as stored in {@code table_row.cells}. */
	String storedCells() {
		return storedCells;
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

	/** The cells by column key (read only: change them with the row's setters). */
	public Map<String, CellValue> getCells() {
		if (cells == null || !Objects.equals(decodedFrom, storedCells)) {
			cells = Collections.unmodifiableMap(RowCells.decode(storedCells));
			decodedFrom = storedCells;
		}
		return cells;
	}

}
