package cn.budget.exchange.recognising;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

import cn.budget.content.CellView;
import cn.budget.content.RowView;

/**
 * A row being read from a source table: its cells by column, the lines its cells came
 * from, the indentation of its first cell (activities are indented under their duty), and
 * the shape the recognisers give it (fixed row, level, role). The recognisers' own
 * working copy; {@link #view()} is what the model receives.
 */
public final class SourcedRow {

	private final Map<String, CellView> cells = new LinkedHashMap<>();

	private final Map<String, Integer> lines = new HashMap<>();

	private final int indentation;

	private final int line;

	private String key;

	private int level;

	private String role;

	SourcedRow(int line, int indentation) {
		this.line = line;
		this.indentation = indentation;
	}

	/** The cells by column key, in the order they were read; changed in place. */
	public Map<String, CellView> cells() {
		return cells;
	}

	/** The trimmed text of a column, or null. */
	public String text(String column) {
		CellView cell = cells.get(column);
		return cell == null ? null : cell.text();
	}

	boolean isBlank() {
		return cells.values().stream().allMatch(CellView::isBlank);
	}

	void put(String column, CellView cell, int cellLine) {
		cells.put(column, cell);
		lines.put(column, cellLine);
	}

	/**
	 * Writes a column's value, keeping the cell's confidential flag and provenance (a
	 * merged cell's value copied down, a paragraph appended).
	 */
	void write(String column, String value) {
		cells.put(column, rewritten(cells.getOrDefault(column, CellView.EMPTY), value));
	}

	/** A cell with another value, its confidential flag and provenance kept. */
	public static CellView rewritten(CellView cell, String value) {
		return new CellView(value, cell.confidential(), null, null, null, cell.source());
	}

	void key(String fixedKey) {
		this.key = fixedKey;
	}

	void level(int rowLevel) {
		this.level = rowLevel;
	}

	void role(String rowRole) {
		this.role = rowRole;
	}

	String key() {
		return key;
	}

	int level() {
		return level;
	}

	String role() {
		return role;
	}

	int indentation() {
		return indentation;
	}

	public int line() {
		return line;
	}

	public int lineOf(String column) {
		return lines.getOrDefault(column, line);
	}

	/** The row as read, for the model (no id: it is new). */
	public RowView view() {
		return new RowView(null, key, level, role, cells);
	}

}
