package cn.budget.checks;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

import cn.budget.content.ContentAddress;
import cn.budget.content.ContentAddress.Ref;
import cn.budget.content.CellView;
import cn.budget.content.MeasureUnit;
import cn.budget.content.RowView;
import cn.budget.content.TableView;
import cn.budget.template.ColumnDefinition;
import cn.budget.template.TableDefinition;
import cn.budget.shared.Localizable;

/**
 * A table of the document as the checks see it: where it is (part and index, as the
 * editor numbers it), its definition, and the unit its amounts are in. Reads figures with
 * their locations.
 *
 * @param part the part's key
 * @param index the table's index within the part
 * @param table the content
 * @param definition the table's definition in the document's template
 * @param unit the unit of measure of its amounts (the table's own, else the document's)
 * @param partLabel the part's label, the start of every location's label
 */
record Sheet(String part, int index, TableView table, TableDefinition definition, MeasureUnit unit, Label partLabel) {

	/** A row with its index. */
	record Line(int index, RowView row) {

		String text(String column) {
			return row.text(column);
		}

		CellView cell(String column) {
			return row.cells().get(column);
		}

	}

	List<Line> lines() {
		List<RowView> rows = table.rows();
		return IntStream.range(0, rows.size())
			.filter(i -> rows.get(i) != null)
			.mapToObj(i -> new Line(i, rows.get(i)))
			.toList();
	}

	Optional<Line> line(String rowKey) {
		List<RowView> rows = table.rows();
		for (int i = 0; i < rows.size(); i++) {
			if (rows.get(i) != null && rowKey.equals(rows.get(i).key())) {
				return Optional.of(new Line(i, rows.get(i)));
			}
		}
		return Optional.empty();
	}

	/** The figure of a fixed row's column; blank when the row is missing. */
	Figure figure(String rowKey, String column) {
		return line(rowKey).map(l -> figure(l, column)).orElse(Figure.blank(tableLocation(), unit));
	}

	/**
	 * The figure in a cell, in the cell's written unit when it names one, else the
	 * table's.
	 */
	Figure figure(Line line, String column) {
		CellView cell = line.cell(column);
		ContentAddress at = cell(line, column);
		if (Cells.masked(cell)) {
			return new Figure(null, unit, 0, true, at);
		}
		BigDecimal value = Cells.decimal(cell);
		if (value == null) {
			return Figure.blank(at, unit);
		}
		MeasureUnit written = Cells.writtenUnit(cell);
		BigDecimal asWritten = Cells.decimal(Cells.text(cell));
		int scale = asWritten == null ? value.stripTrailingZeros().scale() : asWritten.scale();
		return new Figure(value, written == null ? unit : written, Math.max(0, scale), false, at);
	}

	/** The figure of a header field. */
	Figure headerFigure(String key) {
		CellView cell = table.header().get(key);
		ContentAddress at = header(key);
		if (Cells.masked(cell)) {
			return new Figure(null, unit, 0, true, at);
		}
		return Figure.of(Cells.decimal(cell), unit, at);
	}

	String headerText(String key) {
		return Cells.text(table.header().get(key));
	}

	ContentAddress cell(Line line, String column) {
		return ContentAddress.cell(part, Ref.at(index), Ref.at(line.index()), column);
	}

	ContentAddress header(String key) {
		return ContentAddress.header(part, Ref.at(index), key);
	}

	ContentAddress tableLocation() {
		return ContentAddress.table(part, Ref.at(index));
	}

	/** What a reader calls a place in this table: its title, then row and column. */
	Localizable label(ContentAddress at) {
		if (at.row() != null) {
			int row = at.row().position();
			Line line = new Line(row, table.rows().get(row));
			// Shown for few findings: the row's label is put together only when shown.
			return locale -> title().and(rowLabel(line)).and(columnLabel(at.column())).in(locale);
		}
		if (at.field() != null) {
			Object label = definition == null ? at.field()
					: definition.headerField(at.field())
						.map(ColumnDefinition::label)
						.map(Object.class::cast)
						.orElse(at.field());
			return title().and(label);
		}
		return title();
	}

	private Label title() {
		Object title = table.title() != null && !table.title().isBlank() ? table.title()
				: definition == null ? table.key() : definition.title();
		return partLabel.and(title);
	}

	/**
	 * What a reader calls the row: a fixed row's label, else its item or name as written,
	 * else its number.
	 */
	private Object rowLabel(Line line) {
		if (definition != null && line.row().key() != null) {
			var fixed = definition.fixedRow(line.row().key());
			if (fixed.isPresent()) {
				return fixed.get().label();
			}
		}
		if (definition != null) {
			for (ColumnDefinition column : definition.columns()) {
				String text = line.text(column.key());
				if (text != null && isLabelColumn(column)) {
					return text.length() > 24 ? text.substring(0, 24) + "…" : text;
				}
			}
		}
		return "#" + (line.index() + 1);
	}

	private static boolean isLabelColumn(ColumnDefinition column) {
		return switch (column.key()) {
			case "item", "name", "indicator", "project_name", "item_name", "unit_name", "revenue_item", "term",
					"title" ->
				true;
			default -> false;
		};
	}

	private Object columnLabel(String column) {
		return definition == null ? column
				: definition.column(column).map(ColumnDefinition::label).map(Object.class::cast).orElse(column);
	}

}
