package cn.budget.review;

import java.util.Objects;
import java.util.Optional;

import cn.budget.content.ContentAddress;
import cn.budget.content.DisclosureContent;
import cn.budget.content.PartView;
import cn.budget.content.TableView;

/**
 * Where comments point: an anchor must name a part, table and row (by stored id) of the
 * commented disclosure itself.
 */
final class Anchors {

	private Anchors() {
	}

	/**
	 * Whether the anchor's address names a part, a table or a row of the document (none:
	 * the whole document).
	 */
	static boolean pointIntoDocument(CommentAnchor anchor, DisclosureContent document) {
		ContentAddress at = anchor.address();
		if (at == null) {
			return true;
		}
		if (!byStoredIds(at)) {
			return false;
		}
		Optional<PartView> part = document.part(at.part());
		if (part.isEmpty() || at.table() == null) {
			return part.isPresent();
		}
		Optional<TableView> table = part.get()
			.tables()
			.stream()
			.filter(t -> at.table().id().equals(t.id()))
			.findFirst();
		return table.isPresent()
				&& (at.row() == null || table.get().rows().stream().anyMatch(r -> at.row().id().equals(r.id())));
	}

	// Comments hang on a part, a table or a row, the latter two by stored id: a position
	// or a template key names another row once rows are added or moved; cells and fields
	// have no thread of their own.
	private static boolean byStoredIds(ContentAddress at) {
		return at.column() == null && at.field() == null && (at.table() == null || at.table().id() != null)
				&& (at.row() == null || at.row().id() != null);
	}

	/** The unit the anchored table belongs to, or null. */
	static String unitOf(CommentAnchor anchor, DisclosureContent document) {
		return document.parts()
			.stream()
			.flatMap(p -> p.tables().stream())
			.filter(t -> anchor.tableId() != null && Objects.equals(t.id(), anchor.tableId()))
			.map(TableView::unitCode)
			.filter(Objects::nonNull)
			.findFirst()
			.orElse(null);
	}

}
