package cn.budget.disclosure;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import cn.budget.content.MeasureUnit;
import cn.budget.content.CellView;
import cn.budget.content.DisclosureContent;
import cn.budget.content.PartView;
import cn.budget.content.RowView;
import cn.budget.content.TableView;

/**
 * The one place where the drafting model's content (as stored, frozen or typed) becomes
 * the immutable views the other features read: units of measure are parsed here, once.
 */
final class ContentViews {

	private ContentViews() {
	}

	static DisclosureContent of(DisclosureDocument document) {
		MeasureUnit unit = MeasureUnit.parse(document.getUnitOfMeasure());
		List<PartView> parts = document.getParts().stream().filter(Objects::nonNull).map(p -> of(p, unit)).toList();
		return new DisclosureContent(document.getId(), document.getDepartmentCode(), document.getDepartmentName(),
				document.getFiscalYear(), document.getTemplate(), document.getTemplateId(), document.getTitle(), unit,
				document.getVersion(), document.getState(), document.getRoundId(), document.getApprovalDate(),
				document.getPublicationDue(), document.getUpdatedAt(), document.getUpdatedBy(), parts);
	}

	/**
	 * @param documentUnit the document's unit, which a table without its own follows
	 */
	static PartView of(PartContent part, MeasureUnit documentUnit) {
		List<TableView> tables = part.getTables()
			.stream()
			.filter(Objects::nonNull)
			.map(t -> of(t, documentUnit))
			.toList();
		Map<String, CellView> fields = cells(part.getFields());
		boolean filled = part.getFilled() != null ? part.getFilled() : filled(fields, tables);
		return new PartView(part.getKey(), part.getNumeral(), part.getTitle(), filled, fields, tables);
	}

	/**
	 * Whether the drafter has written anything in a part that was not stored (an import
	 * in progress, a document built in memory): a stored part says so itself, as its
	 * template decides. The labels of fixed rows do not count.
	 */
	private static boolean filled(Map<String, CellView> fields, List<TableView> tables) {
		return fields.values().stream().anyMatch(f -> !f.isBlank()) || tables.stream()
			.anyMatch(t -> t.hasData() || t.header().values().stream().anyMatch(h -> !h.isBlank()));
	}

	private static TableView of(TableContent table, MeasureUnit documentUnit) {
		MeasureUnit declared = MeasureUnit.parse(table.getUnitOfMeasure());
		List<RowView> rows = table.getRows()
			.stream()
			.filter(Objects::nonNull)
			.map(r -> new RowView(r.getId(), r.getKey(), r.getLevel(), r.getRole(), cells(r.getCells())))
			.toList();
		return new TableView(table.getId(), table.getKey(), table.getTitle(), table.getUnitCode(), declared,
				declared == null ? documentUnit : declared, table.isConfidential(), table.getConfidentialReason(),
				cells(table.getHeader()), rows);
	}

	private static Map<String, CellView> cells(Map<String, CellContent> cells) {
		Map<String, CellView> views = new LinkedHashMap<>();
		cells.forEach((key, cell) -> {
			if (cell != null) {
				views.put(key, new CellView(cell.getValue(), cell.isConfidential(), cell.getAmount(),
						cell.getComparator(), cell.getUnit(), cell.getSource()));
			}
		});
		return views;
	}

}
