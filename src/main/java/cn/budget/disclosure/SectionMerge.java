package cn.budget.disclosure;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import cn.budget.content.MeasureUnit;
import cn.budget.content.ValueParser;
import cn.budget.template.ColumnDefinition;
import cn.budget.template.FixedRowDefinition;
import cn.budget.template.PartDefinition;
import cn.budget.template.RowRole;
import cn.budget.template.TableDefinition;

/**
 * Writes content as typed and sent over the API into the stored section. Writing merges
 * by id, so tables and rows keep their identity (comments stay anchored) across saves.
 */
final class SectionMerge {

	private SectionMerge() {
	}

	/**
	 * Writes validated content into the section, merging tables and rows by id.
	 * @param system whether the system writes (imports, copy-forward): then the
	 * provenance posted is kept; a drafter's value keeps its provenance while unchanged
	 * and is typed once changed
	 */
	static void apply(Section section, PartContent content, PartDefinition part, MeasureUnit documentUnit,
			boolean system) {
		Provenance provenance = new Provenance(system);
		for (ColumnDefinition field : part.fields()) {
			CellContent posted = content.getFields().get(field.key());
			section.setField(field.key(), provenance.settle(parse(field, posted, documentUnit),
					section.getFields().get(field.key()), posted));
		}
		Map<Long, DataTable> existing = new HashMap<>();
		section.getTables().forEach(t -> existing.put(t.getId(), t));
		List<DataTable> ordered = new ArrayList<>();
		for (TableContent tc : content.getTables()) {
			TableDefinition definition = part.table(tc.getKey()).orElseThrow();
			DataTable table = tc.getId() != null && existing.containsKey(tc.getId()) ? existing.get(tc.getId())
					: new DataTable(definition.key());
			apply(table, tc, definition, documentUnit, provenance);
			ordered.add(table);
		}
		keepSingleTables(part, existing, ordered, documentUnit, provenance);
		section.replaceTables(ordered);
	}

	private static void apply(DataTable table, TableContent tc, TableDefinition definition, MeasureUnit documentUnit,
			Provenance provenance) {
		MeasureUnit unit = MeasureUnit.parse(tc.getUnitOfMeasure());
		MeasureUnit effective = unit == null ? documentUnit : unit;
		String title = tc.getTitle() == null || tc.getTitle().isBlank() ? definition.title().zh()
				: tc.getTitle().strip();
		table.describe(title, tc.getUnitCode(), unit, tc.isConfidential(), tc.getConfidentialReason());
		table.getHeader().keySet().retainAll(definition.header().stream().map(ColumnDefinition::key).toList());
		for (ColumnDefinition header : definition.header()) {
			CellContent posted = tc.getHeader().get(header.key());
			table.setHeader(header.key(),
					provenance.settle(parse(header, posted, effective), table.getHeader().get(header.key()), posted));
		}
		table.replaceRows(rows(table, tc, definition, effective, provenance));
	}

	// A part's single tables are its structure: a table left out is kept empty, not
	// deleted.
	private static void keepSingleTables(PartDefinition part, Map<Long, DataTable> existing, List<DataTable> ordered,
			MeasureUnit documentUnit, Provenance provenance) {
		for (TableDefinition definition : part.tables()) {
			if (!definition.repeatable() && ordered.stream().noneMatch(t -> t.getTableKey().equals(definition.key()))) {
				DataTable table = existing.values()
					.stream()
					.filter(t -> t.getTableKey().equals(definition.key()))
					.findFirst()
					.orElseGet(() -> new DataTable(definition.key()));
				table.describe(definition.title().zh(), null, null, false, null);
				table
					.replaceRows(rows(table, new TableContent(definition.key()), definition, documentUnit, provenance));
				ordered.add(Math.min(part.tables().indexOf(definition), ordered.size()), table);
			}
		}
	}

	private static List<TableRow> rows(DataTable table, TableContent content, TableDefinition definition,
			MeasureUnit unit, Provenance provenance) {
		Map<Long, TableRow> existing = new HashMap<>();
		table.getRows().forEach(r -> existing.put(r.getId(), r));
		List<TableRow> ordered = new ArrayList<>();
		for (RowContent rc : content.getRows().stream().filter(Objects::nonNull).toList()) {
			// A fixed row's level and role come from its definition, whatever was posted.
			FixedRowDefinition fixed = rc.getKey() == null ? null : definition.fixedRow(rc.getKey()).orElse(null);
			int level = fixed == null ? rc.getLevel() : fixed.level();
			RowRole role = fixed == null ? RowRole.parse(rc.getRole()) : fixed.role();
			TableRow row = rc.getId() != null && existing.containsKey(rc.getId()) ? existing.get(rc.getId())
					: new TableRow(rc.getKey(), level, role);
			row.shape(rc.getKey(), level, role);
			Map<String, CellValue> cells = new LinkedHashMap<>();
			for (ColumnDefinition column : definition.columns()) {
				CellContent posted = rc.getCells().get(column.key());
				cells.put(column.key(),
						provenance.settle(parse(column, posted, unit), row.getCells().get(column.key()), posted));
			}
			row.setCells(cells);
			ordered.add(row);
		}
		restoreMissingFixedRows(ordered, definition);
		return ordered;
	}

	// Fixed rows are the table's structure (checks find figures by their keys): never
	// lose one.
	private static void restoreMissingFixedRows(List<TableRow> rows, TableDefinition definition) {
		List<FixedRowDefinition> fixedRows = definition.fixedRows();
		String label = definition.columns().isEmpty() ? null : definition.columns().get(0).key();
		for (int i = 0; i < fixedRows.size(); i++) {
			FixedRowDefinition fixed = fixedRows.get(i);
			if (rows.stream().noneMatch(r -> fixed.key().equals(r.getRowKey()))) {
				TableRow row = new TableRow(fixed.key(), fixed.level(), fixed.role());
				if (label != null) {
					row.setCell(label, new CellValue(fixed.label().zh(), null, null, null, false));
				}
				rows.add(Math.min(i, rows.size()), row);
			}
		}
	}

	private static CellValue parse(ColumnDefinition column, CellContent content, MeasureUnit unit) {
		ValueParser.Result result = CellValue.parse(column, content, unit);
		if (!result.ok()) {
			throw new IllegalArgumentException("Content must be validated before it is applied: " + column.key());
		}
		return CellValue.parsed(result);
	}

}
