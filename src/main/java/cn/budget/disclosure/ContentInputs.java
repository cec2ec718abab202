package cn.budget.disclosure;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.budget.content.CellView;
import cn.budget.content.DisclosureContent;
import cn.budget.content.DraftContent;
import cn.budget.content.PartView;
import cn.budget.content.RowView;
import cn.budget.content.TableView;

/**
 * The way back from the immutable views to the drafting model's working copies: content
 * that other features build as views (an import's tables, last year's parts carried
 * forward, an Excel sheet's rows) becomes the parts the writer stores, and a read view
 * becomes the API's document again. The inverse of {@link ContentViews}; nothing is lost
 * either way.
 */
final class ContentInputs {

	private ContentInputs() {
	}

	/** The parts of content placed as a whole, as the writer's working copies. */
	static List<PartContent> parts(DraftContent content) {
		return new ArrayList<>(content.parts().stream().map(ContentInputs::part).toList());
	}

	/** The title, unit and parts of content placed as a whole, as an update. */
	static DisclosureUpdate update(DraftContent content) {
		DisclosureUpdate update = new DisclosureUpdate();
		update.setTitle(content.title());
		update.setUnitOfMeasure(content.unit() == null ? null : content.unit().label());
		update.setParts(parts(content));
		return update;
	}

	static DisclosureDocument document(DisclosureContent view) {
		DisclosureDocument document = new DisclosureDocument();
		document.describe(view);
		document.setParts(new ArrayList<>(view.parts().stream().map(ContentInputs::part).toList()));
		return document;
	}

	static PartContent part(PartView view) {
		PartContent part = new PartContent(view.key());
		if (view.numeral() != null || view.title() != null) {
			part.describe(view.numeral(), view.title(), view.filled());
		}
		part.setFields(cells(view.fields()));
		part.setTables(new ArrayList<>(view.tables().stream().map(ContentInputs::table).toList()));
		return part;
	}

	static TableContent table(TableView view) {
		TableContent table = new TableContent(view.key());
		table.setId(view.id());
		table.setTitle(view.title());
		table.setUnitCode(view.unitCode());
		table.setUnitOfMeasure(view.declaredUnit() == null ? null : view.declaredUnit().label());
		table.setConfidential(view.confidential());
		table.setConfidentialReason(view.confidentialReason());
		table.setHeader(cells(view.header()));
		table.setRows(new ArrayList<>(view.rows().stream().map(ContentInputs::row).toList()));
		return table;
	}

	static RowContent row(RowView view) {
		RowContent row = new RowContent();
		row.setId(view.id());
		row.setKey(view.key());
		row.setLevel(view.level());
		row.setRole(view.role());
		row.setCells(cells(view.cells()));
		return row;
	}

	static Map<String, CellContent> cells(Map<String, CellView> views) {
		Map<String, CellContent> cells = new LinkedHashMap<>();
		views.forEach((key, view) -> cells.put(key, cell(view)));
		return cells;
	}

	// The parsed parts go along for the API's answer; the writer parses values itself.
	private static CellContent cell(CellView view) {
		CellContent cell = new CellContent(view.value(), view.confidential());
		cell.describeParsed(view.amount(), view.comparator(), view.unit());
		cell.setSource(view.source());
		return cell;
	}

}
