package cn.budget.disclosure;

import cn.budget.content.ElementIds;
import org.springframework.stereotype.Component;

/**
 * The drafting page's element ids for its templates ({@code @elementIds} in
 * {@code fragments/grid.html}), spelled by {@link ElementIds} as the findings' links are.
 */
@Component("elementIds")
class GridIds {

	public String field(String field) {
		return ElementIds.field(field);
	}

	public String table(Object table) {
		return ElementIds.table(table);
	}

	public String header(Object table, String field) {
		return ElementIds.header(table, field);
	}

	public String cell(Object table, Object row, String column) {
		return ElementIds.cell(table, row, column);
	}

}
