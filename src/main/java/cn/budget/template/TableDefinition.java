package cn.budget.template;

import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * A kind of table: its columns, optional header fields (e.g. a project table's code,
 * budget and spending plan) and optional fixed rows.
 *
 * @param key the stable key, e.g. {@code procurement_items}
 * @param title the default title
 * @param style grid or numbered list
 * @param repeatable whether a part may hold several instances (e.g. one per project)
 * @param perUnit whether each instance belongs to a unit of the department
 * @param rowLevels whether rows are indented by level (duties and their activities)
 * @param rowRoles whether rows can be marked subtotal, total or heading
 * @param allowExtraRows whether rows beyond the fixed ones may be added (default true)
 * @param header header fields of each instance
 * @param columns the columns of each row
 * @param fixedRows rows each new instance starts with
 */
public record TableDefinition(String key, LocalizedText title, TableStyle style, boolean repeatable, boolean perUnit,
		boolean rowLevels, boolean rowRoles, Boolean allowExtraRows, List<ColumnDefinition> header,
		List<ColumnDefinition> columns, List<FixedRowDefinition> fixedRows) {

	public TableDefinition {
		style = style == null ? TableStyle.GRID : style;
		allowExtraRows = allowExtraRows == null || allowExtraRows;
		header = header == null ? List.of() : List.copyOf(header);
		columns = columns == null ? List.of() : List.copyOf(columns);
		fixedRows = fixedRows == null ? List.of() : List.copyOf(fixedRows);
	}

	public Optional<ColumnDefinition> column(String columnKey) {
		return columns.stream().filter(c -> c.key().equals(columnKey)).findFirst();
	}

	public Optional<ColumnDefinition> headerField(String fieldKey) {
		return header.stream().filter(c -> c.key().equals(fieldKey)).findFirst();
	}

	public Optional<FixedRowDefinition> fixedRow(String rowKey) {
		return fixedRows.stream().filter(r -> r.key().equals(rowKey)).findFirst();
	}

	/**
	 * How many columns the group heading starting at this column spans, or 0 when the
	 * column has no group or its group started earlier.
	 */
	public int groupSpan(int index) {
		LocalizedText group = columns.get(index).group();
		if (group == null || (index > 0 && group.equals(columns.get(index - 1).group()))) {
			return 0;
		}
		int span = 0;
		for (int i = index; i < columns.size() && group.equals(columns.get(i).group()); i++) {
			span++;
		}
		return span;
	}

	/**
	 * Whether rows or header fields hold amounts, so that the unit of measure matters.
	 */
	@JsonIgnore
	public boolean hasAmounts() {
		return columns.stream().anyMatch(c -> c.type() == ValueType.AMOUNT)
				|| header.stream().anyMatch(c -> c.type() == ValueType.AMOUNT);
	}

	/**
	 * Whether any column has a spanning group heading, so the grid needs two header rows.
	 */
	@JsonIgnore
	public boolean hasColumnGroups() {
		return columns.stream().anyMatch(c -> c.group() != null);
	}

}
