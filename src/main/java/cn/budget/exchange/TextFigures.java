package cn.budget.exchange;

import java.math.BigDecimal;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.budget.disclosure.CellContent;
import cn.budget.disclosure.MeasureUnit;
import cn.budget.disclosure.PartContent;
import cn.budget.disclosure.RowContent;
import cn.budget.disclosure.template.PartDefinition;

/**
 * Takes the figures a part states in running text (收入共计5909万元, 公务接待费1.31万元) into the
 * fields and fixed rows that hold them, when the document has no table for them. A phrase followed
 * by a change (增加, 减少, 比上年 …) is not the figure, and a phrase stating different figures in one
 * part is ambiguous: such figures are left to the drafter rather than guessed.
 */
final class TextFigures {

	private static final String GAP = "([^0-9，。；;,、\\n]{0,8}?)";

	private static final String AMOUNT = "(-?\\d+(?:\\.\\d+)?)\\s*(万元|元)";

	private static final Pattern CHANGE = Pattern.compile("增|减|比|较|下降|上升|提高|降低");

	private final Vocabulary vocabulary;

	private final Draft draft;

	TextFigures(Vocabulary vocabulary, Draft draft) {
		this.vocabulary = vocabulary;
		this.draft = draft;
	}

	void fill() {
		for (Vocabulary.Figure figure : vocabulary.figures()) {
			String[] target = figure.target().split(":");
			Optional<PartDefinition> part = owner(target);
			if (part.isEmpty()) {
				continue;
			}
			PartContent content = draft.part(part.get().key());
			CellContent cell = cell(content, part.get(), target);
			if (cell == null || cell.trimmed() == null) {
				stated(content, figure).ifPresent(v -> write(content, part.get(), target, v.toPlainString()));
			}
		}
	}

	private Optional<PartDefinition> owner(String[] target) {
		return draft.template().parts().stream()
			.filter(p -> target[0].equals("field") ? p.field(target[1]).isPresent() : p.table(target[1]).isPresent())
			.findFirst();
	}

	private CellContent cell(PartContent content, PartDefinition part, String[] target) {
		if (target[0].equals("field")) {
			return content.getFields().get(target[1]);
		}
		return row(part, target).map(r -> r.getCells().get(target[3])).orElse(null);
	}

	private void write(PartContent content, PartDefinition part, String[] target, String value) {
		if (target[0].equals("field")) {
			content.field(target[1]).setValue(value);
		}
		else {
			row(part, target).ifPresent(r -> r.cell(target[3]).setValue(value));
		}
	}

	private Optional<RowContent> row(PartDefinition part, String[] target) {
		return part.table(target[1])
			.map(d -> draft.singleTable(part, d))
			.flatMap(t -> t.getRows().stream().filter(r -> target[2].equals(r.getKey())).findFirst());
	}

	private Optional<BigDecimal> stated(PartContent content, Vocabulary.Figure figure) {
		Set<BigDecimal> values = new LinkedHashSet<>();
		for (CellContent field : content.getFields().values()) {
			String text = field.trimmed();
			if (text == null) {
				continue;
			}
			for (String phrase : figure.phrases()) {
				Matcher m = Pattern.compile(Pattern.quote(phrase) + GAP + AMOUNT).matcher(text);
				while (m.find()) {
					if (!CHANGE.matcher(m.group(1)).find()) {
						MeasureUnit written = MeasureUnit.parse(m.group(3));
						values.add(written.convert(new BigDecimal(m.group(2)), draft.documentUnit()).stripTrailingZeros());
					}
				}
			}
		}
		return values.size() == 1 ? values.stream().findFirst() : Optional.empty();
	}

}
