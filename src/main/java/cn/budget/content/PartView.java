package cn.budget.content;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A part as read: its numeral and title, whether the drafter has filled it, its fields by
 * key and its tables in order.
 *
 * @param filled whether the drafter has written anything in the part (the labels of fixed
 * rows do not count)
 * @param fields the fields by key; unmodifiable
 * @param tables the tables in order; unmodifiable
 */
public record PartView(String key, String numeral, String title, boolean filled, Map<String, CellView> fields,
		List<TableView> tables) {

	public PartView {
		fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
		tables = List.copyOf(tables);
	}

	/** An empty part of a key (a part a document does not hold). */
	public static PartView empty(String key) {
		return new PartView(key, null, null, false, Map.of(), List.of());
	}

	/** The field of a key, never null. */
	public CellView field(String fieldKey) {
		return fields.getOrDefault(fieldKey, CellView.EMPTY);
	}

	/** The tables of a definition, in order. */
	public List<TableView> tables(String tableKey) {
		return tables.stream().filter(t -> tableKey.equals(t.key())).toList();
	}

	/** The first table of a definition. */
	public Optional<TableView> table(String tableKey) {
		return tables.stream().filter(t -> tableKey.equals(t.key())).findFirst();
	}

	/** The same part with other fields and tables (e.g. masked). */
	public PartView with(Map<String, CellView> newFields, List<TableView> newTables) {
		return new PartView(key, numeral, title, filled, newFields, newTables);
	}

}
