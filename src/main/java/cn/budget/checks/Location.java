package cn.budget.checks;

import cn.budget.disclosure.ContentAddress;
import cn.budget.shared.Localizable;

/**
 * Where a finding points: the place, named by its {@link ContentAddress} (tables and rows
 * by position in the part's table list and the table's row list, in the order
 * {@link cn.budget.disclosure.content.PartView} lists them, which is the order the editor
 * renders them in), and a human-readable description of it.
 *
 * @param address the place; its text form is what the API and the pages show
 * @param label a human-readable description (part, table, row, column) in the reader's
 * language
 */
public record Location(ContentAddress address, Localizable label) {

	/** The part's key. */
	public String part() {
		return address.part();
	}

	/** The table's position in the part, or null for a part or a part field. */
	public Integer table() {
		return address.table() == null ? null : address.table().position();
	}

	/** The row's position in the table, or null. */
	public Integer row() {
		return address.row() == null ? null : address.row().position();
	}

	/**
	 * The id of the editor's element for this location ({@code f-key}, {@code table-0},
	 * {@code h-0-key}, {@code c-0-3-key}), or null for a whole part.
	 */
	public String anchor() {
		return address.elementId();
	}

}
