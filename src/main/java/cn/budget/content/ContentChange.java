package cn.budget.content;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * One difference between two states of a part: a field, a header field or a cell that
 * changed, or a row or table that was added or removed.
 *
 * @param partKey the part
 * @param kind what changed
 * @param tableId the table's id (null for fields)
 * @param tableIndex the table's index in the newer part (the older one for removed
 * tables)
 * @param tableTitle the table's title
 * @param rowId the row's id (null unless a row or cell changed)
 * @param rowIndex the row's index in the newer table (the older one for removed rows)
 * @param rowLabel the row's first cell, to name it
 * @param field the field, header field or column key (null for rows and tables)
 * @param fieldLabel the field's or column's label
 * @param from the value before (masked values keep their value; this is for staff)
 * @param to the value after
 */
public record ContentChange(String partKey, Kind kind, Long tableId, Integer tableIndex, String tableTitle, Long rowId,
		Integer rowIndex, String rowLabel, String field, String fieldLabel, String from, String to) {

	/** What kind of change. */
	public enum Kind {

		FIELD, TABLE_PROPERTY, HEADER, CELL, ROW_ADDED, ROW_REMOVED, TABLE_ADDED, TABLE_REMOVED

	}

	/**
	 * The changed place: a part field, a table (added, removed or a property changed), a
	 * header field, a row (added or removed) or a cell. Tables and rows are named by
	 * their stored ids (by position where they have none), so the blackline and the pages
	 * that mark it agree on one key: the address's text form (also in the blackline's
	 * JSON).
	 */
	@JsonProperty
	public ContentAddress address() {
		if (kind == Kind.FIELD) {
			return ContentAddress.field(partKey, field);
		}
		ContentAddress.Ref table = tableId != null ? ContentAddress.Ref.id(tableId) : ContentAddress.Ref.at(tableIndex);
		return switch (kind) {
			case HEADER -> ContentAddress.header(partKey, table, field);
			case CELL -> ContentAddress.cell(partKey, table, row(), field);
			case ROW_ADDED, ROW_REMOVED -> ContentAddress.row(partKey, table, row());
			default -> ContentAddress.table(partKey, table);
		};
	}

	private ContentAddress.Ref row() {
		return rowId != null ? ContentAddress.Ref.id(rowId) : ContentAddress.Ref.at(rowIndex);
	}

	/** A readable location, e.g. 项目绩效目标表 › 第3行（安全性） › 指标值. */
	public String location() {
		StringBuilder s = new StringBuilder();
		if (tableTitle != null) {
			s.append(tableTitle);
		}
		if (rowIndex != null) {
			s.append(s.isEmpty() ? "" : " › ").append("#").append(rowIndex + 1);
			if (rowLabel != null && !rowLabel.isBlank()) {
				s.append("（").append(rowLabel.length() > 20 ? rowLabel.substring(0, 20) + "…" : rowLabel).append("）");
			}
		}
		if (fieldLabel != null) {
			s.append(s.isEmpty() ? "" : " › ").append(fieldLabel);
		}
		return s.toString();
	}

}
