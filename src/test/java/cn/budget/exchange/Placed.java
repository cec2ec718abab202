package cn.budget.exchange;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.budget.disclosure.CellContent;
import cn.budget.content.ContentAddress;
import cn.budget.disclosure.PartContent;
import cn.budget.disclosure.RowContent;
import cn.budget.disclosure.TableContent;
import cn.budget.content.CellView;
import cn.budget.content.PartView;
import cn.budget.content.TableView;
import cn.budget.exchange.placing.Assembly;
import cn.budget.exchange.placing.Draft;

/**
 * The content an import stores, for tests that read an assembly without a database: the
 * parts the draft holds (its tables, copied into the API's document classes), with its
 * text fields and the figures read from the text written in by address, as the drafting
 * service writes them after the tables.
 */
final class Placed {

	private Placed() {
	}

	static List<PartContent> parts(Assembly assembly) {
		Draft draft = assembly.draft();
		List<PartContent> parts = draft.parts().stream().map(Placed::content).toList();
		draft.fields().forEach((at, text) -> of(parts, at.part()).field(at.field()).setValue(text));
		draft.figures().forEach(figure -> {
			CellContent cell = cell(of(parts, figure.at().part()), figure.at());
			cell.setValue(figure.amount().toPlainString());
			cell.setSource(figure.source());
		});
		return parts;
	}

	static PartContent part(Assembly assembly, String key) {
		return of(parts(assembly), key);
	}

	/** The cell or field an address names in its part, made empty when it is missing. */
	static CellContent cell(PartContent part, ContentAddress at) {
		if (at.table() == null) {
			return part.field(at.field());
		}
		return part.tables(at.table().key())
			.get(at.table().occurrence())
			.getRows()
			.stream()
			.filter(r -> at.row().key().equals(r.getKey()))
			.findFirst()
			.orElseThrow()
			.cell(at.column());
	}

	private static PartContent of(List<PartContent> parts, String key) {
		return parts.stream().filter(p -> key.equals(p.getKey())).findFirst().orElseThrow();
	}

	private static PartContent content(PartView view) {
		PartContent part = new PartContent(view.key());
		part.setFields(cells(view.fields()));
		part.setTables(new ArrayList<>(view.tables().stream().map(Placed::content).toList()));
		return part;
	}

	private static TableContent content(TableView view) {
		TableContent table = new TableContent(view.key());
		table.setTitle(view.title());
		table.setUnitCode(view.unitCode());
		table.setUnitOfMeasure(view.declaredUnit() == null ? null : view.declaredUnit().label());
		table.setHeader(cells(view.header()));
		table.setRows(new ArrayList<>(view.rows().stream().map(r -> {
			RowContent row = new RowContent();
			row.setKey(r.key());
			row.setLevel(r.level());
			row.setRole(r.role());
			row.setCells(cells(r.cells()));
			return row;
		}).toList()));
		return table;
	}

	private static Map<String, CellContent> cells(Map<String, CellView> views) {
		Map<String, CellContent> cells = new LinkedHashMap<>();
		views.forEach((key, view) -> {
			CellContent cell = new CellContent(view.value(), view.confidential());
			cell.setSource(view.source());
			cells.put(key, cell);
		});
		return cells;
	}

}
