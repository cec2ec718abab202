package cn.budget.review;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import cn.budget.content.ContentAddress;
import cn.budget.content.ContentAddress.Ref;
import cn.budget.content.ContentChange;

/**
 * The blackline as the review page marks it: changed fields, header fields and cells, and
 * added rows and tables, each found by its place's content address
 * ({@link ContentChange#address()}); the page asks by part key, stored ids and keys.
 */
public final class ChangeMarks {

	private final Map<ContentAddress, ContentChange> byPlace = new HashMap<>();

	ChangeMarks(List<ContentChange> changes) {
		for (ContentChange c : changes) {
			switch (c.kind()) {
				case CELL, FIELD, HEADER, ROW_ADDED, TABLE_ADDED -> byPlace.put(c.address(), c);
				default -> {
					// removed rows and tables and table properties are listed, not marked
				}
			}
		}
	}

	/** The change of a part field, or null. */
	public ContentChange field(String partKey, String fieldKey) {
		return byPlace.get(ContentAddress.field(partKey, fieldKey));
	}

	/** The change of a table's header field, or null. */
	public ContentChange header(String partKey, Long tableId, String fieldKey) {
		return tableId == null ? null : byPlace.get(ContentAddress.header(partKey, Ref.id(tableId), fieldKey));
	}

	/** The change of a cell, or null. */
	public ContentChange cell(String partKey, Long tableId, Long rowId, String column) {
		return tableId == null || rowId == null ? null
				: byPlace.get(ContentAddress.cell(partKey, Ref.id(tableId), Ref.id(rowId), column));
	}

	/** Whether the row was added. */
	public boolean rowAdded(String partKey, Long tableId, Long rowId) {
		return tableId != null && rowId != null
				&& byPlace.containsKey(ContentAddress.row(partKey, Ref.id(tableId), Ref.id(rowId)));
	}

	/** Whether the table was added. */
	public boolean tableAdded(String partKey, Long tableId) {
		return tableId != null && byPlace.containsKey(ContentAddress.table(partKey, Ref.id(tableId)));
	}

}
