package cn.budget.content;

import java.util.List;
import java.util.Map;

/**
 * Content placed into a draft as a whole by another feature (an imported document, last
 * year's disclosure carried forward): the title, the unit of measure and the parts it
 * fills as read views (parts not named stay as they are; ids of new tables and rows are
 * null, numerals, titles and parsed parts are ignored), then the text fields and the
 * figures read from the text, written by address after the parts, as the drafting
 * service's {@code fillFields} and {@code placeFigures} do.
 *
 * @param title the title, null to keep it
 * @param unit the document's unit of measure, null to keep it
 * @param parts the parts to replace
 * @param fields text fields (part fields, table header fields) by address
 * @param figures amounts read from the text, by address, with their sentence
 */
public record DraftContent(String title, MeasureUnit unit, List<PartView> parts, Map<ContentAddress, String> fields,
		List<StatedFigure> figures) {

	public DraftContent {
		parts = List.copyOf(parts);
		fields = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(fields));
		figures = List.copyOf(figures);
	}

	/** Parts only, their fields included (last year's disclosure carried forward). */
	public DraftContent(String title, MeasureUnit unit, List<PartView> parts) {
		this(title, unit, parts, Map.of(), List.of());
	}

}
