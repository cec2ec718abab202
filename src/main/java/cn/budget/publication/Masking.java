package cn.budget.publication;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.UnaryOperator;

import cn.budget.content.CellView;
import cn.budget.content.DisclosureContent;
import cn.budget.content.PartView;
import cn.budget.content.TableView;

/**
 * A copy of a document fit for the public: every confidential value (and every value of a
 * confidential table) becomes the mask, and the staff-only reasons are dropped. The views
 * are immutable, so the frozen version read is never changed.
 */
final class Masking {

	private Masking() {
	}

	static DisclosureContent mask(DisclosureContent document) {
		return document.withParts(document.parts().stream().map(Masking::mask).toList());
	}

	private static PartView mask(PartView part) {
		return part.with(cells(part.fields(), CellView::masked), part.tables().stream().map(Masking::mask).toList());
	}

	private static TableView mask(TableView table) {
		UnaryOperator<CellView> mask = cell -> mask(cell, table.confidential());
		return table.with(null, cells(table.header(), mask),
				table.rows().stream().map(row -> row.withCells(cells(row.cells(), mask))).toList());
	}

	private static CellView mask(CellView cell, boolean whole) {
		if (whole && !cell.isBlank()) {
			return new CellView(cell.value(), true, null, null, null, null).masked();
		}
		return cell.masked();
	}

	private static Map<String, CellView> cells(Map<String, CellView> cells, UnaryOperator<CellView> mask) {
		Map<String, CellView> masked = new LinkedHashMap<>();
		cells.forEach((key, cell) -> masked.put(key, mask.apply(cell)));
		return masked;
	}

}
