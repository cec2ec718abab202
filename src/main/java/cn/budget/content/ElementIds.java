package cn.budget.content;

/**
 * The one spelling of the drafting page's element ids ({@code f-key}, {@code table-0},
 * {@code h-0-key}, {@code c-0-3-key}): {@link ContentAddress#elementId()} names a
 * finding's place with it, and the page's grid ({@code fragments/grid.html}, through the
 * drafting feature's {@code @elementIds} bean) names its cells with it, so a finding's
 * link always finds its cell. The page shows one part, so the part is not in the id. A
 * row may be the new-row template's placeholder, which the page's script replaces by the
 * row's position.
 */
public final class ElementIds {

	private ElementIds() {
	}

	/** A part field. */
	public static String field(String field) {
		return "f-" + field;
	}

	/** A table, by its position in the part. */
	public static String table(Object table) {
		return "table-" + table;
	}

	/** A table's header field. */
	public static String header(Object table, String field) {
		return "h-" + table + "-" + field;
	}

	/**
	 * A cell: the table's position, the row's position (or placeholder) and the column.
	 */
	public static String cell(Object table, Object row, String column) {
		return "c-" + table + "-" + row + "-" + column;
	}

}
