package cn.budget.publication;

import cn.budget.disclosure.CellContent;
import cn.budget.disclosure.CellFormat;
import cn.budget.disclosure.DisclosureDocument;
import cn.budget.disclosure.PartContent;
import cn.budget.disclosure.RowContent;
import cn.budget.disclosure.TableContent;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A copy of a document fit for the public: every confidential value (and every value of a
 * confidential table) becomes the mask, and the staff-only reasons are dropped.
 */
final class Masking {

	private Masking() {
	}

	static DisclosureDocument mask(DisclosureDocument document, ObjectMapper json) {
		DisclosureDocument copy = copy(document, json);
		for (PartContent part : copy.getParts()) {
			part.getFields().values().forEach(Masking::maskIfConfidential);
			for (TableContent table : part.getTables()) {
				boolean whole = table.isConfidential();
				table.setConfidentialReason(null);
				table.getHeader().values().forEach(c -> mask(c, whole));
				for (RowContent row : table.getRows()) {
					row.getCells().values().forEach(c -> mask(c, whole));
				}
			}
		}
		return copy;
	}

	private static void mask(CellContent cell, boolean whole) {
		if (whole && cell != null && !cell.isBlank()) {
			cell.setConfidential(true);
		}
		maskIfConfidential(cell);
	}

	private static void maskIfConfidential(CellContent cell) {
		if (cell != null && cell.isConfidential()) {
			cell.setValue(CellFormat.MASK);
			cell.clearParsed();
		}
	}

	// A deep copy through JSON: the frozen version itself must never change.
	private static DisclosureDocument copy(DisclosureDocument document, ObjectMapper json) {
		try {
			return json.readValue(json.writeValueAsBytes(document), DisclosureDocument.class);
		}
		catch (java.io.IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
