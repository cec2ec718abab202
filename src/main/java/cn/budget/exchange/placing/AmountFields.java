package cn.budget.exchange.placing;

import java.math.BigDecimal;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.budget.disclosure.CellContent;
import cn.budget.disclosure.MeasureUnit;
import cn.budget.disclosure.PartContent;
import cn.budget.template.ColumnDefinition;
import cn.budget.template.PartDefinition;

/**
 * Settles the amount fields of a finished draft: an amount written with its unit
 * ({@code 657.20万元}) is converted into the document's unit, and a value the field cannot
 * hold is taken out and reported rather than failing the import.
 */
final class AmountFields {

	private static final Pattern WRITTEN = Pattern.compile("^([-+]?[\\d,，]+(?:\\.\\d+)?)\\s*(万元|元)?[。.]?$");

	private final Draft draft;

	private final CellChecker checker;

	AmountFields(Draft draft, CellChecker checker) {
		this.draft = draft;
		this.checker = checker;
	}

	void settle() {
		MeasureUnit unit = draft.documentUnit();
		for (PartDefinition part : draft.template().parts()) {
			PartContent content = draft.part(part.key());
			checker.inPart(part.key());
			for (ColumnDefinition field : part.fields()) {
				CellContent cell = content.getFields().get(field.key());
				if (cell == null || cell.trimmed() == null || !field.type().isDecimal()) {
					continue;
				}
				Matcher m = WRITTEN.matcher(cell.trimmed());
				if (m.matches() && m.group(2) != null) {
					BigDecimal written = new BigDecimal(m.group(1).replace(",", "").replace("，", ""));
					cell.setValue(MeasureUnit.parse(m.group(2)).convert(written, unit).toPlainString());
				}
				if (!checker.acceptable(field, cell, unit, draft.lineOf(part.key(), field.key()))) {
					content.getFields().remove(field.key());
				}
			}
		}
	}

}
