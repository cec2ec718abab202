package cn.budget.content;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import cn.budget.content.ContentChange.Kind;
import cn.budget.template.ColumnDefinition;
import cn.budget.template.PartDefinition;
import cn.budget.template.TableDefinition;
import cn.budget.template.TemplateDefinition;

/**
 * What changed between two states of a disclosure, per part, table, row and cell. Tables
 * and rows are matched by id, which survives saves; this serves the audit trail (each
 * save) and the reviewer's blackline (between two submitted versions).
 */
public final class ContentDiff {

	private ContentDiff() {
	}

	/** Every change between two read views of the same template. */
	public static List<ContentChange> between(DisclosureContent older, DisclosureContent newer,
			TemplateDefinition template) {
		List<ContentChange> changes = new ArrayList<>();
		for (PartDefinition part : template.parts()) {
			PartView before = older.part(part.key()).orElse(PartView.empty(part.key()));
			PartView after = newer.part(part.key()).orElse(PartView.empty(part.key()));
			changes.addAll(ofPart(part, before, after));
		}
		return changes;
	}

	/**
	 * Every change within one part (e.g. before and after a save, for the audit trail).
	 */
	public static List<ContentChange> ofPart(PartDefinition part, PartView before, PartView after) {
		List<ContentChange> changes = fieldChanges(part, before, after);
		Map<Long, TableView> previous = new HashMap<>();
		before.tables().stream().filter(t -> t.id() != null).forEach(t -> previous.put(t.id(), t));
		for (int i = 0; i < after.tables().size(); i++) {
			TableView table = after.tables().get(i);
			TableView old = table.id() == null ? null : previous.remove(table.id());
			TableDefinition definition = part.table(table.key()).orElse(null);
			if (definition == null) {
				continue;
			}
			if (old == null) {
				changes.add(new ContentChange(part.key(), Kind.TABLE_ADDED, table.id(), i, table.title(), null, null,
						null, null, null, null, table.title()));
			}
			else {
				new TableDiff(part.key(), definition, i, changes).compare(old, table);
			}
		}
		for (TableView removed : previous.values()) {
			changes
				.add(new ContentChange(part.key(), Kind.TABLE_REMOVED, removed.id(), before.tables().indexOf(removed),
						removed.title(), null, null, null, null, null, removed.title(), null));
		}
		return changes;
	}

	private static List<ContentChange> fieldChanges(PartDefinition part, PartView before, PartView after) {
		List<ContentChange> changes = new ArrayList<>();
		for (ColumnDefinition field : part.fields()) {
			String from = text(before.fields().get(field.key()));
			String to = text(after.fields().get(field.key()));
			if (!Objects.equals(from, to)) {
				changes.add(new ContentChange(part.key(), Kind.FIELD, null, null, null, null, null, null, field.key(),
						field.label().zh(), from, to));
			}
		}
		return changes;
	}

	/** The value of a cell as the diff shows it, with a mark for confidentiality. */
	static String text(CellView cell) {
		if (cell == null || cell.isBlank()) {
			return null;
		}
		String value = cell.text() == null ? "" : cell.text();
		return cell.confidential() ? value + " [" + CellView.MASK + "]" : value;
	}

	/** Compares one table's properties, header fields and rows. */
	private record TableDiff(String partKey, TableDefinition definition, int index, List<ContentChange> changes) {

		void compare(TableView old, TableView table) {
			property("title", old.title(), table.title(), table);
			property("unitCode", old.unitCode(), table.unitCode(), table);
			property("unitOfMeasure", label(old.declaredUnit()), label(table.declaredUnit()), table);
			property("confidential", String.valueOf(old.confidential()), String.valueOf(table.confidential()), table);
			property("confidentialReason", old.confidentialReason(), table.confidentialReason(), table);
			headers(old, table);
			Map<Long, RowView> rows = new HashMap<>();
			old.rows().stream().filter(r -> r.id() != null).forEach(r -> rows.put(r.id(), r));
			for (int r = 0; r < table.rows().size(); r++) {
				RowView row = table.rows().get(r);
				RowView before = row.id() == null ? null : rows.remove(row.id());
				if (before == null) {
					changes.add(change(Kind.ROW_ADDED, table, row, r, null, null, summary(row)));
				}
				else {
					cells(table, before, row, r);
				}
			}
			for (RowView removed : rows.values()) {
				changes.add(change(Kind.ROW_REMOVED, table, removed, old.rows().indexOf(removed), null,
						summary(removed), null));
			}
		}

		private void headers(TableView old, TableView table) {
			columns(Kind.HEADER, definition.header(), old.header(), table.header(), table, null, null);
		}

		private void cells(TableView table, RowView before, RowView row, int index) {
			columns(Kind.CELL, definition.columns(), before.cells(), row.cells(), table, row, index);
		}

		// One change per column whose value differs between the two maps.
		private void columns(Kind kind, List<ColumnDefinition> columns, Map<String, CellView> before,
				Map<String, CellView> after, TableView table, RowView row, Integer index) {
			for (ColumnDefinition column : columns) {
				String from = text(before.get(column.key()));
				String to = text(after.get(column.key()));
				if (!Objects.equals(from, to)) {
					changes.add(change(kind, table, row, index, column, from, to));
				}
			}
		}

		private void property(String name, String from, String to, TableView table) {
			if (!Objects.equals(blankToNull(from), blankToNull(to))) {
				changes.add(new ContentChange(partKey, Kind.TABLE_PROPERTY, table.id(), index, table.title(), null,
						null, null, name, name, from, to));
			}
		}

		private ContentChange change(Kind kind, TableView table, RowView row, Integer rowIndex, ColumnDefinition column,
				String from, String to) {
			return new ContentChange(partKey, kind, table.id(), index, table.title(), row == null ? null : row.id(),
					rowIndex, row == null ? null : label(row), column == null ? null : column.key(),
					column == null ? null : column.label().zh(), from, to);
		}

		private static String label(MeasureUnit unit) {
			return unit == null ? null : unit.label();
		}

		private String label(RowView row) {
			return definition.columns().isEmpty() ? null : row.text(definition.columns().get(0).key());
		}

		private String summary(RowView row) {
			return String.join(" | ",
					definition.columns()
						.stream()
						.map(c -> text(row.cells().get(c.key())))
						.filter(Objects::nonNull)
						.toList());
		}

		private static String blankToNull(String s) {
			return s == null || s.isBlank() ? null : s;
		}

	}

}
