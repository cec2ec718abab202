package cn.budget.template;

import java.util.List;
import java.util.Optional;

/**
 * A document template: its parts in order. Stored per version; a disclosure keeps the
 * version it was created from.
 *
 * @param id the database id of this version (null before it is stored)
 * @param code the template's code, e.g. {@code BUDGET} or {@code PERFORMANCE}
 * @param version the version of the template
 * @param name the template's name
 * @param title the pattern of a document's title, with {department} and {year}
 * @param parts the parts in order
 */
public record TemplateDefinition(Long id, String code, int version, LocalizedText name, LocalizedText title,
		List<PartDefinition> parts) {

	public TemplateDefinition {
		parts = parts == null ? List.of() : List.copyOf(parts);
	}

	public Optional<PartDefinition> part(String partKey) {
		return parts.stream().filter(p -> p.key().equals(partKey)).findFirst();
	}

	/** Finds a table definition by key in any part. */
	public Optional<TableDefinition> table(String tableKey) {
		return parts.stream().flatMap(p -> p.tables().stream()).filter(t -> t.key().equals(tableKey)).findFirst();
	}

	public String titleFor(String departmentName, int fiscalYear, java.util.Locale locale) {
		return title.in(locale).replace("{department}", departmentName).replace("{year}", String.valueOf(fiscalYear));
	}

	TemplateDefinition withId(Long newId) {
		return new TemplateDefinition(newId, code, version, name, title, parts);
	}

}
