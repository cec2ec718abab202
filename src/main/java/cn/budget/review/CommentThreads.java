package cn.budget.review;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import cn.budget.content.ContentAddress;
import cn.budget.content.ContentAddress.Ref;

/**
 * The review page's comment threads by the place they hang on: a row, else the part
 * (comments on a whole table join their part's thread), else the whole document. The page
 * asks by part key and stored ids; the threads are kept by the place's content address.
 */
public final class CommentThreads {

	private final Map<String, List<CommentView>> byPlace;

	CommentThreads(List<CommentView> comments) {
		this.byPlace = comments.stream().collect(Collectors.groupingBy(CommentThreads::placeOf));
	}

	/** The thread on a table row, or null. */
	public List<CommentView> row(String partKey, Long tableId, Long rowId) {
		if (tableId == null || rowId == null) {
			return null;
		}
		return byPlace.get(ContentAddress.row(partKey, Ref.id(tableId), Ref.id(rowId)).toString());
	}

	/** The thread on a part (and its tables), or null. */
	public List<CommentView> part(String partKey) {
		return byPlace.get(ContentAddress.part(partKey).toString());
	}

	/**
	 * The text form of the place a comment box posts: a table row (by stored ids), else
	 * the part.
	 */
	public String address(String partKey, Long tableId, Long rowId) {
		return (tableId == null || rowId == null ? ContentAddress.part(partKey)
				: ContentAddress.row(partKey, Ref.id(tableId), Ref.id(rowId)))
			.toString();
	}

	/**
	 * The text form of a cell's address (by stored ids), which the page writes on the
	 * cell as it does on rows and parts.
	 */
	public String address(String partKey, Long tableId, Long rowId, String column) {
		return ContentAddress.cell(partKey, Ref.id(tableId), Ref.id(rowId), column).toString();
	}

	/** The thread on the whole document, or null. */
	public List<CommentView> document() {
		return byPlace.get("");
	}

	/**
	 * The place a comment hangs on: its row, else its part, else the whole document ("").
	 */
	static String placeOf(CommentView comment) {
		ContentAddress at = comment.anchor().address();
		if (at == null) {
			return "";
		}
		return (at.row() != null ? at : ContentAddress.part(at.part())).toString();
	}

}
