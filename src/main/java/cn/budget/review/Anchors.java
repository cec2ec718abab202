package cn.budget.review;

import java.util.Objects;
import java.util.Optional;

import cn.budget.disclosure.ContentAddress;
import cn.budget.disclosure.DisclosureDocument;
import cn.budget.disclosure.PartContent;
import cn.budget.disclosure.TableContent;

/**
 * Where comments point: an anchor must name a part, table and row (by stored id) of the
 * commented disclosure itself.
 */
final class Anchors {

	private Anchors() {
	}

	static boolean pointIntoDocument(CommentAnchor anchor, DisclosureDocument document) {
		ContentAddress at = anchor.address();
		if (at == null) {
			return true;
		}
		if (at.column() != null || at.field() != null || (at.table() != null && at.table().id() == null)
				|| (at.row() != null && at.row().id() == null)) {
			return false;
		}
		Optional<PartContent> part = document.part(anchor.partKey());
		if (part.isEmpty() || anchor.tableId() == null) {
			return part.isPresent() && anchor.rowId() == null;
		}
		Optional<TableContent> table = part.get()
			.getTables()
			.stream()
			.filter(t -> Objects.equals(t.getId(), anchor.tableId()))
			.findFirst();
		return table.isPresent() && (anchor.rowId() == null
				|| table.get().getRows().stream().anyMatch(r -> Objects.equals(r.getId(), anchor.rowId())));
	}

	/** The unit the anchored table belongs to, or null. */
	static String unitOf(CommentAnchor anchor, DisclosureDocument document) {
		return document.getParts()
			.stream()
			.flatMap(p -> p.getTables().stream())
			.filter(t -> anchor.tableId() != null && Objects.equals(t.getId(), anchor.tableId()))
			.map(TableContent::getUnitCode)
			.filter(Objects::nonNull)
			.findFirst()
			.orElse(null);
	}

}
