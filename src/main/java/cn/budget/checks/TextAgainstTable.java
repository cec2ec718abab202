package cn.budget.checks;

import cn.budget.content.ContentAddress;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

import cn.budget.content.MeasureUnit;

/**
 * The narrative of a part against its table. Where the text names a figure
 * ("人员经费增加504.78万元", "公务接待费1.31万元") the figure agrees with the table within 0.05万元
 * (domain.md), and the wording's direction (增加 / 减少) agrees with the sign of the change
 * it describes, also where no figure follows ("项目经费增加主要原因是…" beside a negative change)
 * and in the tables' reason column. A sentence that says something went up or down gives
 * a reason, in it or in the next sentence.
 */
final class TextAgainstTable implements Check {

	static final RuleSpec REASON = RuleSpec.warning("text.change-reason");

	static final RuleSpec DIRECTION = RuleSpec.error("text.change-direction");

	static final RuleSpec FIGURE = RuleSpec.error("text.figure");

	@Override
	public List<RuleSpec> rules() {
		return List.of(REASON, DIRECTION, FIGURE);
	}

	@Override
	public void run(Inspection in) {
		for (KnowledgeFile.FigureSource source : in.knowledge().text().figures()) {
			String text = in.fieldText(source.part(), source.field());
			ContentAddress at = ContentAddress.field(source.part(), source.field());
			if (text != null) {
				checkReasons(in, text, at);
				new Mentions(source).scan(text, found -> mention(in, source, found, at));
			}
			if (source.change() != null) {
				in.sheets(source.table()).forEach(sheet -> checkReasonColumn(in, sheet));
			}
		}
		String funds = in.fieldText("operating_funds", "operating_funds_text");
		if (funds != null) {
			checkReasons(in, funds, ContentAddress.field("operating_funds", "operating_funds_text"));
		}
	}

	private static void checkReasons(Inspection in, String text, ContentAddress at) {
		TextPatterns patterns = in.knowledge().patterns();
		List<String> sentences = patterns.sentences(text);
		String first = null;
		int count = 0;
		for (int i = 0; i < sentences.size(); i++) {
			String sentence = sentences.get(i);
			boolean reasoned = patterns.givesReason(sentence)
					|| i + 1 < sentences.size() && patterns.givesReason(sentences.get(i + 1));
			if (patterns.saysChange(sentence) && !reasoned) {
				first = first == null ? sentence : first;
				count++;
			}
		}
		if (first != null) {
			String shown = first.length() > 60 ? first.substring(0, 60) + "…" : first;
			in.report(REASON, at, null, shown, shown, count);
		}
	}

	private static void checkReasonColumn(Inspection in, Sheet sheet) {
		for (Sheet.Line line : sheet.lines()) {
			String reason = line.text("reason");
			if (reason == null || line.row().key() == null) {
				continue;
			}
			Figure change = Changes.effective(sheet, line.row().key());
			if (change.known() && change.value().signum() != 0
					&& in.knowledge().patterns().onlyDirection(reason, -change.value().signum())) {
				in.reportVariant(DIRECTION, "reason", sheet.cell(line, "reason"), change.formatted(), reason,
						change.formatted(), reason);
			}
		}
	}

	/** One mention of a row's figure in the text: compare it with the table. */
	private static void mention(Inspection in, KnowledgeFile.FigureSource source, Mentions.Found found,
			ContentAddress at) {
		List<Sheet> sheets = in.sheets(source.table());
		int direction = in.knowledge().patterns().direction(found.gap());
		TextAmounts.Mention amount = found.amount();
		if (sheets.isEmpty()) {
			return;
		}
		if (direction != 0 && source.change() != null) {
			if (!readFromText(sheets.get(0), found.row(), source.change(), source.current(), source.previous())) {
				changeMention(in, Changes.effective(sheets.get(0), found.row()), direction, found, at);
			}
		}
		else if (amount != null && direction == 0) {
			boolean previous = source.previous() != null
					&& in.knowledge().text().previousWords().stream().anyMatch(found.gap()::contains);
			String column = previous ? source.previous() : source.current();
			if (readFromText(sheets.get(0), found.row(), column)) {
				return;
			}
			compare(in, amount.value(), amount.unit(), sheets.stream().map(s -> s.figure(found.row(), column)).toList(),
					at, found.sentence());
		}
	}

	/**
	 * Whether the row's figures were read from the text by the import: comparing the text
	 * with them would compare it with itself; the rules over the text check it instead.
	 */
	private static boolean readFromText(Sheet sheet, String row, String... columns) {
		return sheet.line(row)
			.map(l -> Arrays.stream(columns).anyMatch(c -> c != null && Cells.fromText(l.cell(c))))
			.orElse(false);
	}

	/** "项目经费增加…" or "人员经费增加504.78万元": the direction, and the figure if one follows. */
	private static void changeMention(Inspection in, Figure change, int direction, Mentions.Found found,
			ContentAddress at) {
		TextAmounts.Mention amount = found.amount();
		if (!change.known() || change.value().signum() == 0) {
			return;
		}
		if (change.value().signum() != direction) {
			in.report(DIRECTION, at, change.formatted(), found.words(), found.words(), change.formatted(),
					Places.label(in, change.address()), found.sentence());
		}
		else if (amount != null) {
			compare(in, amount.value().multiply(BigDecimal.valueOf(direction)), amount.unit(), List.of(change), at,
					found.sentence());
		}
	}

	/**
	 * A figure stated in text agrees with one of the table's figures within 0.05万元; the
	 * same number in another unit is a unit slip.
	 */
	private static void compare(Inspection in, BigDecimal value, MeasureUnit unit, List<Figure> table,
			ContentAddress at, String sentence) {
		List<Figure> known = table.stream().filter(Figure::known).toList();
		if (known.isEmpty() || table.stream().anyMatch(Figure::masked)) {
			return;
		}
		BigDecimal inWan = unit.convert(value, MeasureUnit.WAN_YUAN);
		boolean agrees = known.stream()
			.anyMatch(f -> f.in(MeasureUnit.WAN_YUAN).subtract(inWan).abs().compareTo(Mentions.TOLERANCE) <= 0);
		if (agrees) {
			return;
		}
		Figure expected = known.get(0);
		String actual = Figure.format(value, unit);
		boolean slip = known.stream().anyMatch(f -> f.unit() != unit && f.value().compareTo(value) == 0);
		if (slip) {
			in.reportVariant(FIGURE, "unit", at, expected.formatted(), actual, actual, expected.formatted(),
					Places.label(in, expected.address()), sentence);
			return;
		}
		in.report(FIGURE, at, expected.formatted(), actual, actual, expected.formatted(),
				Places.label(in, expected.address()), sentence);
	}

}
