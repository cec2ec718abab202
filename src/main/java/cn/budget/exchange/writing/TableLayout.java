package cn.budget.exchange.writing;

import cn.budget.content.TableView;
import cn.budget.content.RowView;
import cn.budget.content.CellView;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import cn.budget.content.MeasureUnit;
import cn.budget.template.ColumnDefinition;
import cn.budget.template.TableDefinition;
import cn.budget.template.ValueType;
import cn.budget.identity.Directory;
import cn.budget.shared.Messages;
import org.springframework.stereotype.Component;

/**
 * Lays out one grid table as published Chinese budget tables read: the unit it belongs to
 * and its unit of measure, header fields as label and value, one or two header rows
 * (groups such as 评价标准 over 优/良/中/差 span their columns) and the body, activities indented
 * under their duty.
 */
@Component
class TableLayout {

	private static final String INDENT = "\u3000\u3000";

	private final Messages messages;

	private final Directory directory;

	private final HeaderFieldLayout fields;

	TableLayout(Messages messages, Directory directory, HeaderFieldLayout fields) {
		this.messages = messages;
		this.directory = directory;
		this.fields = fields;
	}

	/**
	 * The table laid out, or empty when it holds nothing but the labels of its fixed
	 * rows.
	 */
	Optional<DocumentView.Table> layout(TableDefinition definition, TableView table, boolean masked) {
		if (isEmpty(definition, table)) {
			return Optional.empty();
		}
		MeasureUnit unit = table.unit();
		String unitName = table.unitCode() == null ? ""
				: directory.unit(table.unitCode()).map(u -> u.code() + " " + u.name()).orElse(table.unitCode());
		List<DocumentView.Row> rows = new ArrayList<>();
		for (RowView row : table.rows()) {
			rows.add(row(definition, row, masked));
		}
		String title = table.title() == null ? definition.title().zh() : table.title();
		boolean money = definition.columns().stream().anyMatch(c -> c.type() == ValueType.AMOUNT)
				|| definition.header().stream().anyMatch(c -> c.type() == ValueType.AMOUNT);
		return Optional.of(new DocumentView.Table(definition.key(), title, unitName,
				money ? messages.get(DocumentLayout.DOCUMENT, "document.unit", unit.label()) : "",
				fields.rows(definition, table, masked), head(definition), rows,
				definition.columns().stream().map(c -> c.type() == ValueType.AMOUNT).toList(), unit.label()));
	}

	private DocumentView.Row row(TableDefinition definition, RowView row, boolean masked) {
		List<DocumentView.Cell> cells = new ArrayList<>();
		for (int i = 0; i < definition.columns().size(); i++) {
			ColumnDefinition column = definition.columns().get(i);
			CellView cell = row.cell(column.key());
			String text = (masked ? cell.masked() : cell).display(column);
			if (i == 0 && definition.rowLevels()) {
				text = INDENT.repeat(row.level()) + text;
			}
			boolean confidential = cell.confidential();
			cells.add(new DocumentView.Cell(text, confidential, column.type().isDecimal(),
					confidential && masked ? null : cell.amount()));
		}
		return new DocumentView.Row(row.level(), row.role() == null ? "DATA" : row.role(), cells);
	}

	// One header row, or two when groups (评价标准, 政府采购金额 …) span several columns.
	private static List<List<DocumentView.HeadCell>> head(TableDefinition definition) {
		List<DocumentView.HeadCell> top = new ArrayList<>();
		List<DocumentView.HeadCell> below = new ArrayList<>();
		boolean grouped = definition.hasColumnGroups();
		for (int i = 0; i < definition.columns().size(); i++) {
			ColumnDefinition column = definition.columns().get(i);
			if (column.group() == null) {
				top.add(new DocumentView.HeadCell(column.label().zh(), 1, grouped ? 2 : 1, true, false));
				continue;
			}
			int span = definition.groupSpan(i);
			if (span > 0) {
				top.add(new DocumentView.HeadCell(column.group().zh(), span, 1, true, false));
			}
			below.add(new DocumentView.HeadCell(column.label().zh(), 1, 1, true, false));
		}
		return grouped ? List.of(top, below) : List.of(top);
	}

	private static boolean isEmpty(TableDefinition definition, TableView table) {
		String label = definition.columns().isEmpty() ? null : definition.columns().get(0).key();
		boolean headerEmpty = table.header().values().stream().allMatch(CellView::isBlank);
		return headerEmpty && table.rows()
			.stream()
			.allMatch(r -> r.cells()
				.entrySet()
				.stream()
				.allMatch(e -> e.getValue().isBlank() || (r.key() != null && e.getKey().equals(label))));
	}

}
