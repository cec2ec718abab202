package cn.budget.review;

import java.util.Objects;
import java.util.Optional;

import cn.budget.disclosure.ContentAddress;
import cn.budget.disclosure.content.DisclosureContent;
import cn.budget.disclosure.content.PartView;
import cn.budget.disclosure.content.TableView;

/**
 * Where comments point: an anchor must name a part, table and row (by stored id) of the
 * commented disclosure itself.
 */
final class Anchors {

	private Anchors() {
	}

	static boolean pointIntoDocument(CommentAnchor anchor, DisclosureContent document) {
		ContentAddress at = anchor.address();
		if (at == null) {
			return true;
		}
		if (at.column() != null || at.field() != null || (at.table() != null && at.table().id() == null)
				|| (at.row() != null && at.row().id() == null)) {
			return false;
		}
		Optional<PartView> part = document.part(anchor.partKey());
		if (part.isEmpty() || anchor.tableId() == null) {
			return part.isPresent() && anchor.rowId() == null;
		}
		Optional<TableView> table = part.get()
			.tables()
			.stream()
			.filter(t -> Objects.equals(t.id(), anchor.tableId()))
			.findFirst();
		return table.isPresent() && (anchor.rowId() == null
				|| table.get().rows().stream().anyMatch(r -> Objects.equals(r.id(), anchor.rowId())));
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
