package cn.budget.template;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One element of a part, in the order it is shown: either a text or amount field, or a
 * table.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ElementDefinition(ColumnDefinition field, TableDefinition table) {

	@JsonIgnore
	public boolean holdsTable() {
		return table != null;
	}

}
