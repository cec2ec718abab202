package cn.budget.review;

import cn.budget.content.ContentAddress;
import cn.budget.content.ContentAddress.MalformedAddressException;
import cn.budget.content.ContentAddress.Ref;
import cn.budget.shared.ContentError;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Where a comment points: a place named by its {@link ContentAddress} (a part, or a table
 * or one of its rows by stored id; null for the whole document), with a readable label
 * such as 政府采购预算表 › #3.
 */
public record CommentAnchor(ContentAddress address, String label) {

	/**
	 * The anchor of a part (null for the whole document), optionally a table and one of
	 * its rows by id, as the comment form and the API send them; parts that name no place
	 * are refused.
	 */
	public CommentAnchor(String partKey, Long tableId, Long rowId, String label) {
		this(address(partKey, tableId, rowId), label);
	}

	/**
	 * The anchor of the place an address names ({@code procurement:table:~7:row:~42}), as
	 * the page's form and the API send it.
	 * @throws MalformedAddressException for text that is no address (422)
	 */
	public static CommentAnchor at(String address, String label) {
		return new CommentAnchor(ContentAddress.parse(address), label);
	}

	@JsonProperty
	public String partKey() {
		return address == null ? null : address.part();
	}

	@JsonProperty
	public Long tableId() {
		return address == null || address.table() == null ? null : address.table().id();
	}

	@JsonProperty
	public Long rowId() {
		return address == null || address.row() == null ? null : address.row().id();
	}

	private static ContentAddress address(String partKey, Long tableId, Long rowId) {
		if (partKey == null && tableId == null && rowId == null) {
			return null;
		}
		try {
			ContentAddress table = tableId == null ? ContentAddress.part(partKey)
					: ContentAddress.table(partKey, Ref.id(tableId));
			return rowId == null ? table : ContentAddress.row(partKey, table.table(), Ref.id(rowId));
		}
		catch (MalformedAddressException ex) {
			throw new CommentRefusedException(new ContentError("anchor", "validation.commentAnchor"));
		}
	}

}
