package cn.budget.checks;

import cn.budget.shared.Localizable;

/**
 * Where a finding points: a part, and within it a part field, a table, a table's header
 * field or a cell. Table and row indices are positions in the part's table list and the
 * table's row list, in the order {@link cn.budget.disclosure.DisclosureDocument} lists
 * them, which is the order the editor renders them in.
 *
 * @param part the part's key, never null
 * @param table the table's index within the part, or null for a part or a part field
 * @param row the row's index within the table, or null
 * @param key the column, header field or part field key, or null
 * @param kind what the location is
 * @param label a human-readable description (part, table, row, column) in the reader's
 * language
 */
public record Location(String part, Integer table, Integer row, String key, Kind kind, Localizable label) {

	/** What a location points at. */
	public enum Kind {

		PART, FIELD, TABLE, HEADER, CELL

	}

	/**
	 * The id of the editor's element for this location ({@code f-key}, {@code table-0},
	 * {@code h-0-key}, {@code c-0-3-key}), or null for a whole part.
	 */
	public String anchor() {
		return switch (kind) {
			case PART -> null;
			case FIELD -> "f-" + key;
			case TABLE -> "table-" + table;
			case HEADER -> "h-" + table + "-" + key;
			case CELL -> "c-" + table + "-" + row + "-" + key;
		};
	}

}
