package cn.budget.exchange.placing;

import java.util.Iterator;
import java.util.Map;

import cn.budget.content.MeasureUnit;
import cn.budget.content.ValueParser;
import cn.budget.content.CellView;
import cn.budget.template.ColumnDefinition;
import cn.budget.template.TableDefinition;
import cn.budget.exchange.recognising.ImportReport;
import cn.budget.exchange.recognising.SourcedRow;

/**
 * Checks every imported value the way the editor checks typed ones ({@link ValueParser}),
 * so that the import can be saved whole: a value its column cannot hold (text in an
 * amount column) is taken out and reported with the reason, instead of failing the whole
 * import.
 */
final class CellChecker {

	private final ImportReport report;

	CellChecker(ImportReport report) {
		this.report = report;
	}

	void checkRow(TableDefinition definition, SourcedRow sourced, MeasureUnit unit) {
		Iterator<Map.Entry<String, CellView>> cells = sourced.cells().entrySet().iterator();
		while (cells.hasNext()) {
			Map.Entry<String, CellView> cell = cells.next();
			ColumnDefinition column = definition.column(cell.getKey()).orElseThrow();
			if (!acceptable(column, cell.getValue(), unit, sourced.lineOf(cell.getKey()))) {
				cells.remove();
			}
		}
	}

	void checkHeader(TableDefinition definition, Map<String, CellView> header, MeasureUnit unit, int line) {
		header.entrySet()
			.removeIf(e -> !acceptable(definition.headerField(e.getKey()).orElseThrow(), e.getValue(), unit, line));
	}

	/** The part the values checked next belong to, for the report's counts. */
	void inPart(String partKey) {
		report.inPart(partKey);
	}

	/** Whether a value fits its column; when not, it is reported. */
	boolean acceptable(ColumnDefinition column, CellView cell, MeasureUnit unit, int line) {
		ValueParser.Result result = ValueParser.parse(column, cell, unit);
		if (result.ok()) {
			return true;
		}
		report.unplaced(line, cell.value(), "import.unplaced.invalid", column.label(),
				new ImportReport.Problem(result.problem().messageKey(), result.problem().args()));
		return false;
	}

}
