package cn.budget.content;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A table row as read.
 *
 * @param id the stored row's id (comments and changes point at it), or null
 * @param key the key of a fixed row, or null
 * @param level the indentation level (0 for top level)
 * @param role the row's role (TOTAL, SUBTOTAL …), or null for a data row
 * @param cells the cells by column key, in column order; unmodifiable
 */
public record RowView(Long id, String key, int level, String role, Map<String, CellView> cells) {

	public RowView {
		cells = Collections.unmodifiableMap(new LinkedHashMap<>(cells));
	}

	/** The cell of a column, never null. */
	public CellView cell(String column) {
		return cells.getOrDefault(column, CellView.EMPTY);
	}

	/** The trimmed text of a column, or null. */
	public String text(String column) {
		return cell(column).text();
	}

	/** Whether every cell is blank. */
	public boolean isBlank() {
		return cells.values().stream().allMatch(CellView::isBlank);
	}

	/** The same row with every cell replaced. */
	public RowView withCells(Map<String, CellView> replaced) {
		return new RowView(id, key, level, role, replaced);
	}

}
