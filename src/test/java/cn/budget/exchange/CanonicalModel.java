package cn.budget.exchange;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import cn.budget.disclosure.CellContent;
import cn.budget.disclosure.DisclosureDocument;
import cn.budget.disclosure.PartContent;
import cn.budget.disclosure.RowContent;
import cn.budget.disclosure.TableContent;

/**
 * A disclosure's content as a comparable text: every non-blank field, table, header value
 * and cell with its confidential flag; figures compared by value (1152.9 and 1,152.90 are
 * one figure). Ids, versions and dates are left out.
 */
final class CanonicalModel {

	private CanonicalModel() {
	}

	static List<String> of(DisclosureDocument document) {
		List<String> lines = new ArrayList<>();
		lines.add("title " + document.getTitle() + " unit " + document.getUnitOfMeasure());
		for (PartContent part : document.getParts()) {
			cells(part.getFields()).forEach((k, v) -> lines.add(part.getKey() + "." + k + " = " + v));
			for (TableContent table : part.getTables()) {
				String prefix = part.getKey() + "." + table.getKey();
				lines.add(prefix + " [" + table.getTitle() + "] unit " + table.getUnitCode() + " "
						+ table.getUnitOfMeasure());
				cells(table.getHeader()).forEach((k, v) -> lines.add(prefix + ".header." + k + " = " + v));
				for (RowContent row : table.getRows()) {
					lines.add(prefix + " row " + row.getKey() + " level " + row.getLevel() + " " + row.getRole() + " "
							+ cells(row.getCells()));
				}
			}
		}
		return lines;
	}

	private static Map<String, String> cells(Map<String, CellContent> cells) {
		Map<String, String> result = new TreeMap<>();
		cells.forEach((key, cell) -> {
			if (cell != null && !cell.isBlank()) {
				String value = cell.getAmount() != null ? String.valueOf(cell.getComparator())
						+ cell.getAmount().stripTrailingZeros().toPlainString() + String.valueOf(cell.getUnit())
						: cell.trimmed();
				result.put(key, (cell.isConfidential() ? "[C]" : "") + value);
			}
		});
		return result;
	}

}
