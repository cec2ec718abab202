package cn.budget.disclosure;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import cn.budget.content.ContentAddress;
import cn.budget.content.CellSource;
import cn.budget.content.StatedFigure;
import cn.budget.template.PartDefinition;
import cn.budget.template.TableDefinition;
import cn.budget.template.TemplateDefinition;

/**
 * Values written at addresses ({@link ContentAddress}) into copies of a disclosure's
 * stored parts: a part field, a table's header field or a cell. An address the template
 * does not have, or a table or row no longer there, is refused before anything is
 * written.
 */
final class AddressedValues {

	private final TemplateDefinition template;

	private final Disclosure disclosure;

	private final Map<String, PartContent> parts = new LinkedHashMap<>();

	private AddressedValues(TemplateDefinition template, Disclosure disclosure) {
		this.template = template;
		this.disclosure = disclosure;
	}

	/**
	 * The stored parts the values go to, with text fields (no provenance of their own)
	 * and figures (with theirs) written in.
	 * @throws UnknownAddressException when an address names no value of the disclosure
	 */
	static List<PartContent> written(TemplateDefinition template, Disclosure disclosure,
			Map<ContentAddress, String> fields, List<StatedFigure> figures) {
		return written(template, disclosure, List.of(), fields, figures);
	}

	/**
	 * The given parts (a whole import), with text fields and figures written in; a value
	 * for a part not given goes into a copy of the stored part, which is added.
	 * @throws UnknownAddressException when an address names no value of the disclosure
	 */
	static List<PartContent> written(TemplateDefinition template, Disclosure disclosure, List<PartContent> given,
			Map<ContentAddress, String> fields, List<StatedFigure> figures) {
		AddressedValues at = new AddressedValues(template, disclosure);
		given.forEach(part -> at.parts.put(part.getKey(), part));
		fields.forEach((address, value) -> at.put(address, value, null));
		figures.forEach(f -> at.put(f.at(), f.amount().toPlainString(), f.source()));
		return at.parts();
	}

	/**
	 * Writes a value (and its provenance, null for none) at an address.
	 * @throws UnknownAddressException when the address names no value of the disclosure
	 */
	private void put(ContentAddress at, String value, CellSource source) {
		Map<String, CellContent> values = valuesAt(at).orElseThrow(() -> new UnknownAddressException(at));
		String key = at.column() != null ? at.column() : at.field();
		CellContent before = values.get(key);
		CellContent cell = new CellContent(value, before != null && before.isConfidential());
		cell.setSource(source);
		values.put(key, cell);
	}

	/** The parts written to, ready to be stored as one update. */
	private List<PartContent> parts() {
		return new ArrayList<>(parts.values());
	}

	// The map holding the value's key: a part's fields, a table's header or a row's
	// cells.
	private Optional<Map<String, CellContent>> valuesAt(ContentAddress at) {
		Optional<PartDefinition> part = template.part(at.part());
		if (part.isEmpty() || (at.column() == null && at.field() == null)) {
			return Optional.empty();
		}
		if (at.table() == null) {
			return part.get().field(at.field()).map(f -> content(part.get()).getFields());
		}
		Optional<TableContent> table = table(content(part.get()), at.table());
		Optional<TableDefinition> definition = table.flatMap(t -> part.get().table(t.getKey()));
		if (definition.isEmpty()) {
			return Optional.empty();
		}
		if (at.row() == null) {
			return definition.get().headerField(at.field()).map(f -> table.get().getHeader());
		}
		return definition.get().column(at.column()).flatMap(c -> row(table.get(), at.row())).map(RowContent::getCells);
	}

	private PartContent content(PartDefinition part) {
		return parts.computeIfAbsent(part.key(),
				k -> ContentMapper.toContent(disclosure.section(k).orElseThrow(), part));
	}

	private static Optional<TableContent> table(PartContent content, ContentAddress.Ref ref) {
		List<TableContent> tables = ref.key() == null ? content.getTables() : content.tables(ref.key());
		return pick(tables, ref, TableContent::getId);
	}

	private static Optional<RowContent> row(TableContent table, ContentAddress.Ref ref) {
		List<RowContent> rows = ref.key() == null ? table.getRows()
				: table.getRows().stream().filter(r -> ref.key().equals(r.getKey())).toList();
		return pick(rows, ref, RowContent::getId);
	}

	// By position (or the occurrence of a key) in the list, or by stored id.
	private static <T> Optional<T> pick(List<T> items, ContentAddress.Ref ref,
			java.util.function.Function<T, Long> id) {
		if (ref.id() != null) {
			return items.stream().filter(i -> ref.id().equals(id.apply(i))).findFirst();
		}
		int index = ref.position() != null ? ref.position() : ref.occurrence();
		return index < items.size() ? Optional.ofNullable(items.get(index)) : Optional.empty();
	}

}
