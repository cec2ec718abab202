package cn.budget.content;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A whole disclosure as the other features read it: who and what it is, its version and
 * state, and every part with its fields and tables. Immutable: a reader that needs a
 * changed copy (the public's masked copy) builds a new one. In JSON it has the shape of
 * the API's document ({@code GET /api/disclosures/{id}}): the disclosure feature, which
 * owns that shape, registers the serializer and the schema (its {@code ContentJson}), so
 * this vocabulary needs nothing of it.
 *
 * @param id the disclosure's id
 * @param template the template's code
 * @param unit the unit of measure the document declares (tables may declare their own)
 * @param version the disclosure's version when read (optimistic locking)
 * @param publicationDue the last day to publish on, or null outside a round
 * @param parts the parts in the template's order; unmodifiable
 */
public record DisclosureContent(Long id, String departmentCode, String departmentName, int fiscalYear, String template,
		Long templateId, String title, MeasureUnit unit, long version, DisclosureState state, Long roundId,
		LocalDate approvalDate, LocalDate publicationDue, Instant updatedAt, String updatedBy, List<PartView> parts) {

	public DisclosureContent {
		parts = List.copyOf(parts);
	}

	/** The part of a key. */
	public Optional<PartView> part(String key) {
		return parts.stream().filter(p -> key.equals(p.key())).findFirst();
	}

	/**
	 * The tables of a definition in a part, in order; empty when there is no such part.
	 */
	public List<TableView> tables(String partKey, String tableKey) {
		return part(partKey).map(p -> p.tables(tableKey)).orElse(List.of());
	}

	/** The first table of a definition in a part. */
	public Optional<TableView> table(String partKey, String tableKey) {
		return part(partKey).flatMap(p -> p.table(tableKey));
	}

	/** A field of a part, never null. */
	public CellView field(String partKey, String fieldKey) {
		return part(partKey).map(p -> p.field(fieldKey)).orElse(CellView.EMPTY);
	}

	/** The same disclosure with other parts (e.g. masked). */
	public DisclosureContent withParts(List<PartView> newParts) {
		return new DisclosureContent(id, departmentCode, departmentName, fiscalYear, template, templateId, title, unit,
				version, state, roundId, approvalDate, publicationDue, updatedAt, updatedBy, newParts);
	}

}
