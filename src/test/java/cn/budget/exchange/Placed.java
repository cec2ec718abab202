package cn.budget.exchange;

import java.util.List;

import cn.budget.disclosure.CellContent;
import cn.budget.disclosure.ContentAddress;
import cn.budget.disclosure.PartContent;
import cn.budget.exchange.placing.Assembly;
import cn.budget.exchange.placing.Draft;

/**
 * The content an import stores, for tests that read an assembly without a database: the
 * parts the draft holds (its tables), with its text fields and the figures read from the
 * text written in by address, as the drafting service writes them after the tables.
 */
final class Placed {

	private Placed() {
	}

	static List<PartContent> parts(Assembly assembly) {
		Draft draft = assembly.draft();
		draft.fields().forEach((at, text) -> draft.part(at.part()).field(at.field()).setValue(text));
		draft.figures().forEach(figure -> {
			CellContent cell = cell(draft.part(figure.at().part()), figure.at());
			cell.setValue(figure.amount().toPlainString());
			cell.setSource(figure.source());
		});
		return draft.parts();
	}

	static PartContent part(Assembly assembly, String key) {
		parts(assembly);
		return assembly.draft().part(key);
	}

	/** The cell or field an address names in its part, made empty when it is missing. */
	static CellContent cell(PartContent part, ContentAddress at) {
		if (at.table() == null) {
			return part.field(at.field());
		}
		return part.tables(at.table().key())
			.get(at.table().occurrence())
			.getRows()
			.stream()
			.filter(r -> at.row().key().equals(r.getKey()))
			.findFirst()
			.orElseThrow()
			.cell(at.column());
	}

}
