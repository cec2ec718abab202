package cn.budget.template;

/**
 * How a table is laid out: a grid with column headers, or a numbered list of text items.
 */
public enum TableStyle {

	GRID, LIST

}
