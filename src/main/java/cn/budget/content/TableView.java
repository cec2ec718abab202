package cn.budget.content;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import cn.budget.template.TableDefinition;

/**
 * A table as read: which definition it instantiates, its title, the unit it is attributed
 * to, the unit of measure its amounts are in, confidentiality, header fields and rows.
 *
 * @param id the stored table's id, or null
 * @param key the key of the table's definition
 * @param title the title as shown
 * @param unitCode the code of the (sub-)unit the table is attributed to, or null
 * @param declaredUnit the unit of measure declared on the table itself, or null when it
 * follows the document's
 * @param unit the unit of measure its amounts are in: the declared one, else the
 * document's
 * @param confidential whether the whole table is confidential
 * @param confidentialReason why, for staff only; null in a public copy
 * @param header the header fields by key; unmodifiable
 * @param rows the rows in order; unmodifiable
 */
public record TableView(Long id, String key, String title, String unitCode, MeasureUnit declaredUnit, MeasureUnit unit,
		boolean confidential, String confidentialReason, Map<String, CellView> header, List<RowView> rows) {

	public TableView {
		header = Collections.unmodifiableMap(new LinkedHashMap<>(header));
		rows = List.copyOf(rows);
	}

	/**
	 * A new, empty table of a definition as drafters add it: the definition's title and
	 * fixed rows, their labels written into the first column.
	 * @param unitCode the unit the table is attributed to, may be null
	 */
	public static TableView blank(TableDefinition definition, String unitCode) {
		String label = definition.columns().isEmpty() ? null : definition.columns().get(0).key();
		List<RowView> rows = definition.fixedRows()
			.stream()
			.map(f -> new RowView(null, f.key(), f.level(), f.role().name(),
					label == null ? Map.of() : Map.of(label, CellView.of(f.label().zh()))))
			.toList();
		return new TableView(null, definition.key(), definition.title().zh(), unitCode, null, null, false, null,
				Map.of(), rows);
	}

	/** A header field, never null. */
	public CellView headerField(String fieldKey) {
		return header.getOrDefault(fieldKey, CellView.EMPTY);
	}

	/** The fixed row of a key. */
	public Optional<RowView> row(String rowKey) {
		return rows.stream().filter(r -> rowKey.equals(r.key())).findFirst();
	}

	/**
	 * Whether the table holds a value beyond the labels of its fixed rows (a fixed row's
	 * item is the template's, not the drafter's).
	 */
	public boolean hasData() {
		return rows.stream()
			.anyMatch(row -> row.cells()
				.entrySet()
				.stream()
				.anyMatch(e -> !e.getValue().isBlank() && !(row.key() != null && isLabel(e.getKey()))));
	}

	private static boolean isLabel(String column) {
		return "item".equals(column) || "revenue_item".equals(column) || "expenditure_item".equals(column);
	}

	/** The same table with other header fields and rows (e.g. masked). */
	public TableView with(String reason, Map<String, CellView> newHeader, List<RowView> newRows) {
		return new TableView(id, key, title, unitCode, declaredUnit, unit, confidential, reason, newHeader, newRows);
	}

}
