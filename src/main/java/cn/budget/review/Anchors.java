package cn.budget.review;

import cn.budget.disclosure.content.TableView;
import cn.budget.disclosure.content.PartView;
import cn.budget.disclosure.content.DisclosureContent;
import java.util.Objects;
import java.util.Optional;

/**
 * Where comments point: an anchor must name a part, table and row of the commented
 * disclosure itself.
 */
final class Anchors {

	private Anchors() {
	}

	static boolean pointIntoDocument(CommentAnchor anchor, DisclosureContent document) {
		if (anchor.partKey() == null) {
			return anchor.tableId() == null && anchor.rowId() == null;
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
