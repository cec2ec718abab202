package cn.budget.exchange.placing;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.budget.content.MeasureUnit;
import cn.budget.content.ContentAddress;
import cn.budget.content.CellView;
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
		for (PartDefinition part : draft.template().parts()) {
			checker.inPart(part.key());
			for (ColumnDefinition field : part.fields()) {
				if (field.type().isDecimal()) {
					settle(part, field);
				}
			}
		}
	}

	// A figure placed from the text, or a value set from a "label：value" line.
	private void settle(PartDefinition part, ColumnDefinition field) {
		MeasureUnit unit = draft.documentUnit();
		ContentAddress at = ContentAddress.field(part.key(), field.key());
		Optional<String> figure = draft.figureAt(at).map(f -> f.amount().toPlainString());
		String value = figure.orElse(draft.fieldsOf(part.key()).get(field.key()));
		CellView cell = CellView.of(value);
		if (cell.text() == null) {
			return;
		}
		Matcher m = WRITTEN.matcher(cell.text());
		if (m.matches() && m.group(2) != null) {
			BigDecimal written = new BigDecimal(m.group(1).replace(",", "").replace("，", ""));
			cell = CellView.of(MeasureUnit.parse(m.group(2)).convert(written, unit).toPlainString());
			draft.replaceField(part.key(), field.key(), cell.value());
		}
		if (!checker.acceptable(field, cell, unit, draft.lineOf(part.key(), field.key()))) {
			if (figure.isPresent()) {
				draft.withdraw(at);
			}
			else {
				draft.replaceField(part.key(), field.key(), null);
			}
		}
	}

}
