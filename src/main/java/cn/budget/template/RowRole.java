package cn.budget.template;

/**
 * The role of a table row: data, a subtotal or total of other rows, or a heading that
 * groups rows.
 */
public enum RowRole {

	DATA, SUBTOTAL, TOTAL, GROUP;

	public static RowRole parse(String value) {
		if (value == null || value.isBlank()) {
			return DATA;
		}
		return RowRole.valueOf(value.trim().toUpperCase(java.util.Locale.ROOT));
	}

}
