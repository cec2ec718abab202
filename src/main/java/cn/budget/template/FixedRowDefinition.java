package cn.budget.template;

/**
 * A row every instance of a table starts with, such as 基本支出 in the budget overview.
 * Checks find figures by this key.
 *
 * @param key the stable key
 * @param label the row's label, written into the table's first column
 * @param level the indentation level, 0 for totals
 * @param role data, subtotal or total
 */
public record FixedRowDefinition(String key, LocalizedText label, int level, RowRole role) {

	public FixedRowDefinition {
		role = role == null ? RowRole.DATA : role;
	}

}
