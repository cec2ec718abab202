package cn.budget.template;

import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * A part of a document (一、部门职责及机构设置 …) and the fields and tables it holds, in order.
 */
public record PartDefinition(String key, String numeral, LocalizedText title, boolean required,
		List<ElementDefinition> elements) {

	public PartDefinition {
		elements = elements == null ? List.of() : List.copyOf(elements);
	}

	@JsonIgnore
	public List<ColumnDefinition> fields() {
		return elements.stream().filter(e -> !e.holdsTable()).map(ElementDefinition::field).toList();
	}

	@JsonIgnore
	public List<TableDefinition> tables() {
		return elements.stream().filter(ElementDefinition::holdsTable).map(ElementDefinition::table).toList();
	}

	public Optional<ColumnDefinition> field(String fieldKey) {
		return fields().stream().filter(f -> f.key().equals(fieldKey)).findFirst();
	}

	public Optional<TableDefinition> table(String tableKey) {
		return tables().stream().filter(t -> t.key().equals(tableKey)).findFirst();
	}

}
