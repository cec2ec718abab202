package cn.budget.exchange.recognising;

import java.util.ArrayList;
import java.util.List;

import cn.budget.content.CellSource;
import cn.budget.content.CellView;
import cn.budget.template.ColumnDefinition;
import cn.budget.template.TableDefinition;
import cn.budget.template.ValueType;
import cn.budget.exchange.reading.Block;
import cn.budget.exchange.reading.Text;

/**
 * Reads the data rows of a table into the template's columns. A row Word broke in two (a
 * short row followed by the rest of it) is joined again; a value in a source column the
 * template lacks is reported, except a bare sequence number, which is kept in front of
 * the name it numbers.
 */
public final class RowReader {

	private final ColumnLayout layout;

	private final TableDefinition definition;

	private final ImportReport report;

	public RowReader(ColumnLayout layout, TableDefinition definition, ImportReport report) {
		this.layout = layout;
		this.definition = definition;
		this.report = report;
	}

	public List<SourcedRow> read(List<Block.Row> rows) {
		List<SourcedRow> result = new ArrayList<>();
		for (Block.Row row : repaired(rows)) {
			if (!row.isBlank()) {
				result.add(read(row));
			}
		}
		return result;
	}

	private SourcedRow read(Block.Row source) {
		List<Block.Cell> cells = source.cells();
		SourcedRow row = new SourcedRow(source.line(), cells.isEmpty() ? 0 : Text.indentation(cells.get(0).text()));
		for (int p = 0; p < cells.size(); p++) {
			Block.Cell cell = cells.get(p);
			if (cell.isBlank()) {
				continue;
			}
			String key = layout.key(p);
			if (key != null) {
				put(row, key, cell, Text.clean(cell.text()));
			}
			else if (isSequenceNumber(p, cell)) {
				Block.Cell named = cells.get(p + 1);
				cells = new ArrayList<>(cells);
				cells.set(p + 1, new Block.Cell(named.line(), Text.clean(cell.text()) + "、" + Text.clean(named.text()),
						named.confidential()));
			}
			else if (p >= layout.width()) {
				report.unplaced(cell.line(), cell.text(), "import.unplaced.extraCell", definition.title());
			}
			else {
				report.unplaced(cell.line(), cell.text(), "import.unplaced.column", layout.label(p),
						definition.title());
			}
		}
		return row;
	}

	private static void put(SourcedRow row, String key, Block.Cell cell, String text) {
		row.put(key, new CellView(text, cell.confidential() || Text.isMask(text), null, null, null,
				CellSource.table(cell.line())), cell.line());
	}

	// An unlabelled (or 序号) column of small integers numbers the name beside it.
	private boolean isSequenceNumber(int position, Block.Cell cell) {
		String label = Labels.normal(layout.label(position));
		String next = layout.key(position + 1);
		return (label.isEmpty() || label.equals("序号")) && Text.clean(cell.text()).matches("\\d{1,3}") && next != null
				&& definition.column(next).map(ColumnDefinition::type).orElse(null) == ValueType.TEXT;
	}

	// Rows broken by Word: a short row whose next row holds exactly the missing cells.
	private List<Block.Row> repaired(List<Block.Row> rows) {
		List<Block.Row> result = new ArrayList<>();
		int width = layout.width();
		for (int i = 0; i < rows.size(); i++) {
			Block.Row row = rows.get(i);
			if (row.cells().size() < width && i + 1 < rows.size()
					&& row.cells().size() + rows.get(i + 1).cells().size() == width) {
				List<Block.Cell> joined = new ArrayList<>(row.cells());
				joined.addAll(rows.get(++i).cells());
				row = new Block.Row(joined);
			}
			result.add(row);
		}
		return result;
	}

}
