package cn.budget.disclosure;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.springframework.security.access.AccessDeniedException;

/**
 * Keeps a sub-unit drafter to the tables attributed to their unit, and tidies content
 * posted by the browser (rows removed or moved there arrive with gaps and positions).
 */
final class ContentScope {

	private ContentScope() {
	}

	/**
	 * Drops removed rows, orders rows by their position and drops new rows left blank.
	 * Tables not posted (shown read-only) stay as null entries, so that error paths keep
	 * the page's indices.
	 */
	static PartContent normalise(PartContent content) {
		for (TableContent table : content.getTables()) {
			if (table == null) {
				continue;
			}
			List<RowContent> rows = new ArrayList<>(table.getRows().stream().filter(Objects::nonNull).toList());
			rows.sort(Comparator.comparing(RowContent::getPosition, Comparator.nullsLast(Comparator.naturalOrder())));
			rows.removeIf(r -> r.getId() == null && r.getKey() == null && r.isBlank());
			rows.forEach(r -> r.setPosition(null));
			table.setRows(rows);
		}
		return content;
	}

	/**
	 * A page shows a sub-unit drafter only their own tables as inputs; the result is the
	 * stored part with their tables replaced by the posted ones.
	 */
	static PartContent overlay(PartContent stored, PartContent posted, String unitCode) {
		PartContent result = new PartContent(stored.getKey());
		result.setFields(stored.getFields());
		List<TableContent> own = posted.getTables()
			.stream()
			.filter(t -> t != null && unitCode.equals(t.getUnitCode()))
			.toList();
		List<TableContent> tables = new ArrayList<>();
		boolean placed = false;
		for (TableContent table : stored.getTables()) {
			if (unitCode.equals(table.getUnitCode())) {
				if (!placed) {
					tables.addAll(own);
					placed = true;
				}
			}
			else {
				tables.add(table);
			}
		}
		if (!placed) {
			tables.addAll(own);
		}
		result.setTables(tables);
		return result;
	}

	/**
	 * A sub-unit drafter's page posts no texts; texts that arrive anyway must be the
	 * stored ones.
	 * @throws AccessDeniedException when posted texts differ from the stored ones
	 */
	static void assertFieldsUnchanged(PartContent stored, PartContent posted) {
		Map<String, CellContent> sent = RowContent.nonBlank(posted.getFields());
		if (!sent.isEmpty() && !sent.equals(RowContent.nonBlank(stored.getFields()))) {
			throw new AccessDeniedException("Only the department's drafters may change the texts of a part");
		}
	}

	/** The same content without the entries of tables that were not posted. */
	static PartContent withoutGaps(PartContent content) {
		content.setTables(new ArrayList<>(content.getTables().stream().filter(Objects::nonNull).toList()));
		return content;
	}

	/**
	 * Refuses a change that goes beyond what the scope allows.
	 * @throws AccessDeniedException naming what may not be changed
	 */
	static void assertMayChange(EditScope scope, PartContent before, PartContent after) {
		if (scope.all()) {
			return;
		}
		if (!scope.canEditAnything()) {
			throw new AccessDeniedException("This disclosure cannot be changed by you");
		}
		if (!Objects.equals(RowContent.nonBlank(before.getFields()), RowContent.nonBlank(after.getFields()))) {
			throw new AccessDeniedException("Only the department's drafters may change the texts of a part");
		}
		Map<Long, TableContent> previous = new HashMap<>();
		before.getTables().forEach(t -> previous.put(t.getId(), t));
		Map<Long, TableContent> next = new HashMap<>();
		after.getTables().stream().filter(t -> t.getId() != null).forEach(t -> next.put(t.getId(), t));
		for (TableContent old : before.getTables()) {
			TableContent changed = next.get(old.getId());
			boolean untouched = changed != null && changed.equals(old);
			if (!untouched && !(scope.canEditTable(old.getUnitCode())
					&& (changed == null || scope.canEditTable(changed.getUnitCode())))) {
				throw new AccessDeniedException("Table " + old.getTitle() + " belongs to another unit");
			}
		}
		for (TableContent table : after.getTables()) {
			if ((table.getId() == null || !previous.containsKey(table.getId()))
					&& !scope.canEditTable(table.getUnitCode())) {
				throw new AccessDeniedException("New tables must be attributed to unit " + scope.unitCode());
			}
		}
	}

}
