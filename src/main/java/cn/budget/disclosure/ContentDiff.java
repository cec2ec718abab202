package cn.budget.disclosure;

import cn.budget.disclosure.content.DisclosureContent;
import cn.budget.disclosure.content.PartView;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import cn.budget.disclosure.ContentChange.Kind;
import cn.budget.disclosure.template.ColumnDefinition;
import cn.budget.disclosure.template.PartDefinition;
import cn.budget.disclosure.template.TableDefinition;
import cn.budget.disclosure.template.TemplateDefinition;

/**
 * What changed between two states of a disclosure, per part, table, row and cell. Tables
 * and rows are matched by id, which survives saves; this serves the audit trail (each
 * save) and the reviewer's blackline (between two submitted versions).
 */
public final class ContentDiff {

	private ContentDiff() {
	}

	/** Every change between two whole documents of the same template. */
	public static List<ContentChange> between(DisclosureDocument older, DisclosureDocument newer,
			TemplateDefinition template) {
		List<ContentChange> changes = new ArrayList<>();
		for (PartDefinition part : template.parts()) {
			PartContent before = older.part(part.key()).orElse(new PartContent(part.key()));
			PartContent after = newer.part(part.key()).orElse(new PartContent(part.key()));
			changes.addAll(ofPart(part, before, after));
		}
		return changes;
	}

	/** Every change between two read views of the same template. */
	public static List<ContentChange> between(DisclosureContent older, DisclosureContent newer,
			TemplateDefinition template) {
		List<ContentChange> changes = new ArrayList<>();
		for (PartDefinition part : template.parts()) {
			PartView before = older.part(part.key()).orElse(PartView.empty(part.key()));
			PartView after = newer.part(part.key()).orElse(PartView.empty(part.key()));
			changes.addAll(ofPart(part, ContentViews.toContent(before), ContentViews.toContent(after)));
		}
		return changes;
	}

	/** Every change within one part. */
	public static List<ContentChange> ofPart(PartDefinition part, PartContent before, PartContent after) {
		List<ContentChange> changes = fieldChanges(part, before, after);
		Map<Long, TableContent> previous = new HashMap<>();
		before.getTables().stream().filter(t -> t.getId() != null).forEach(t -> previous.put(t.getId(), t));
		for (int i = 0; i < after.getTables().size(); i++) {
			TableContent table = after.getTables().get(i);
			TableContent old = table.getId() == null ? null : previous.remove(table.getId());
			TableDefinition definition = part.table(table.getKey()).orElse(null);
			if (definition == null) {
				continue;
			}
			if (old == null) {
				changes.add(new ContentChange(part.key(), Kind.TABLE_ADDED, table.getId(), i, table.getTitle(), null,
						null, null, null, null, null, table.getTitle()));
			}
			else {
				new TableDiff(part.key(), definition, i, changes).compare(old, table);
			}
		}
		for (TableContent removed : previous.values()) {
			changes.add(new ContentChange(part.key(), Kind.TABLE_REMOVED, removed.getId(),
					before.getTables().indexOf(removed), removed.getTitle(), null, null, null, null, null,
					removed.getTitle(), null));
		}
		return changes;
	}

	private static List<ContentChange> fieldChanges(PartDefinition part, PartContent before, PartContent after) {
		List<ContentChange> changes = new ArrayList<>();
		for (ColumnDefinition field : part.fields()) {
			String from = text(before.getFields().get(field.key()));
			String to = text(after.getFields().get(field.key()));
			if (!Objects.equals(from, to)) {
				changes.add(new ContentChange(part.key(), Kind.FIELD, null, null, null, null, null, null, field.key(),
						field.label().zh(), from, to));
			}
		}
		return changes;
	}

	/** The value of a cell as the diff shows it, with a mark for confidentiality. */
	static String text(CellContent cell) {
		if (cell == null || cell.isBlank()) {
			return null;
		}
		String value = cell.trimmed() == null ? "" : cell.trimmed();
		return cell.isConfidential() ? value + " [" + CellFormat.MASK + "]" : value;
	}

	/** Compares one table's properties, header fields and rows. */
	private record TableDiff(String partKey, TableDefinition definition, int index, List<ContentChange> changes) {

		void compare(TableContent old, TableContent table) {
			property("title", old.getTitle(), table.getTitle(), table);
			property("unitCode", old.getUnitCode(), table.getUnitCode(), table);
			property("unitOfMeasure", old.getUnitOfMeasure(), table.getUnitOfMeasure(), table);
			property("confidential", String.valueOf(old.isConfidential()), String.valueOf(table.isConfidential()),
					table);
			property("confidentialReason", old.getConfidentialReason(), table.getConfidentialReason(), table);
			headers(old, table);
			Map<Long, RowContent> rows = new HashMap<>();
			old.getRows().stream().filter(r -> r.getId() != null).forEach(r -> rows.put(r.getId(), r));
			for (int r = 0; r < table.getRows().size(); r++) {
				RowContent row = table.getRows().get(r);
				RowContent before = row.getId() == null ? null : rows.remove(row.getId());
				if (before == null) {
					changes.add(change(Kind.ROW_ADDED, table, row, r, null, null, summary(row)));
				}
				else {
					cells(table, before, row, r);
				}
			}
			for (RowContent removed : rows.values()) {
				changes.add(change(Kind.ROW_REMOVED, table, removed, old.getRows().indexOf(removed), null,
						summary(removed), null));
			}
		}

		private void headers(TableContent old, TableContent table) {
			for (ColumnDefinition header : definition.header()) {
				String from = text(old.getHeader().get(header.key()));
				String to = text(table.getHeader().get(header.key()));
				if (!Objects.equals(from, to)) {
					changes.add(change(Kind.HEADER, table, null, null, header, from, to));
				}
			}
		}

		private void cells(TableContent table, RowContent before, RowContent row, int index) {
			for (ColumnDefinition column : definition.columns()) {
				String from = text(before.getCells().get(column.key()));
				String to = text(row.getCells().get(column.key()));
				if (!Objects.equals(from, to)) {
					changes.add(change(Kind.CELL, table, row, index, column, from, to));
				}
			}
		}

		private void property(String name, String from, String to, TableContent table) {
			if (!Objects.equals(blankToNull(from), blankToNull(to))) {
				changes.add(new ContentChange(partKey, Kind.TABLE_PROPERTY, table.getId(), index, table.getTitle(),
						null, null, null, name, name, from, to));
			}
		}

		private ContentChange change(Kind kind, TableContent table, RowContent row, Integer rowIndex,
				ColumnDefinition column, String from, String to) {
			return new ContentChange(partKey, kind, table.getId(), index, table.getTitle(),
					row == null ? null : row.getId(), rowIndex, row == null ? null : label(row),
					column == null ? null : column.key(), column == null ? null : column.label().zh(), from, to);
		}

		private String label(RowContent row) {
			return definition.columns().isEmpty() ? null : row.text(definition.columns().get(0).key());
		}

		private String summary(RowContent row) {
			return String.join(" | ",
					definition.columns()
						.stream()
						.map(c -> text(row.getCells().get(c.key())))
						.filter(Objects::nonNull)
						.toList());
		}

		private static String blankToNull(String s) {
			return s == null || s.isBlank() ? null : s;
		}

	}

}
