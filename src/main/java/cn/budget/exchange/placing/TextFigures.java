package cn.budget.exchange.placing;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import cn.budget.content.CellSource;
import cn.budget.content.ContentAddress;
import cn.budget.content.MeasureUnit;
import cn.budget.content.StatedFigure;
import cn.budget.content.CellView;
import cn.budget.content.RowView;
import cn.budget.template.PartDefinition;
import cn.budget.exchange.recognising.ImportReport;
import cn.budget.exchange.recognising.Vocabulary;
import cn.budget.shared.Sentences;

/**
 * Takes the figures a part states in running text (收入共计5909万元, 公务接待费1.31万元) into the
 * fields and fixed rows that hold them, when the document has no table for them. A phrase
 * inside a longer phrase of another figure (预算收入 in 基金预算收入) is that other figure; a
 * phrase followed by a change (增加, 减少, 比上年 …) is not the figure; and a figure stated with
 * different values in one part is ambiguous; and a phrase that does not start a word is
 * one line of another name (交警项目支出 is one project's spending, not all 项目支出). Such figures
 * are left in the text for the drafter rather than guessed, and listed in the report;
 * those taken are noted with the sentence they come from.
 */
final class TextFigures {

	private static final String GAP = "([^0-9，。；;,、\\n]{0,8}?)";

	private static final String AMOUNT = "(-?\\d+(?:\\.\\d+)?)\\s*(万元|元)";

	private static final Pattern CHANGE = Pattern.compile("增|减|比|较|下降|上升|提高|降低");

	/**
	 * Characters after which a figure's name starts a word: 其中人员经费, 2020年预算收入, 我部门机关运行经费.
	 */
	private static final String WORD_ENDS = "年中括和及与其的为是门排计";

	/** A phrase found in the text: which figure, where, and the value it states. */
	private record Found(Vocabulary.Figure figure, int start, int end, BigDecimal value, String text, int line,
			String sentence, boolean startsWord) {

		boolean within(Found other) {
			return other.figure != figure && other.start <= start && end <= other.end
					&& other.end - other.start > end - start;
		}

	}

	private final Vocabulary vocabulary;

	private final Draft draft;

	private final ImportReport report;

	TextFigures(Vocabulary vocabulary, Draft draft, ImportReport report) {
		this.vocabulary = vocabulary;
		this.draft = draft;
		this.report = report;
	}

	void fill() {
		for (PartDefinition part : draft.template().parts()) {
			report.inPart(part.key());
			List<Found> all = found(part, vocabulary.figures().stream().filter(f -> owns(part, f)).toList());
			List<Found> found = all.stream().filter(f -> all.stream().noneMatch(f::within)).toList();
			found.stream()
				.filter(f -> !f.startsWord())
				.forEach(f -> report.note(f.line(), f.sentence(), "import.note.figureUnclear", f.text()));
			Map<Vocabulary.Figure, List<Found>> byFigure = found.stream()
				.filter(Found::startsWord)
				.collect(Collectors.groupingBy(Found::figure));
			byFigure.forEach((figure, values) -> {
				ContentAddress target = in(part, figure.target());
				List<BigDecimal> distinct = values.stream().map(Found::value).distinct().toList();
				if (distinct.size() == 1 && empty(part, target)) {
					Found first = values.get(0);
					place(part, target, distinct.get(0), CellSource.text(first.sentence(), first.line()));
					report.note(first.line(), first.sentence(), "import.note.figure", first.text());
				}
			});
		}
	}

	private List<Found> found(PartDefinition part, List<Vocabulary.Figure> figures) {
		List<Found> found = new ArrayList<>();
		for (String field : draft.fieldsOf(part.key()).keySet()) {
			String text = draft.field(part.key(), field);
			int line = draft.lineOf(part.key(), field);
			for (Vocabulary.Figure figure : figures) {
				for (String phrase : figure.names()) {
					Matcher m = Pattern.compile(Pattern.quote(phrase) + GAP + AMOUNT).matcher(text == null ? "" : text);
					while (m.find()) {
						if (!CHANGE.matcher(m.group(1)).find()) {
							BigDecimal value = MeasureUnit.parse(m.group(3))
								.convert(new BigDecimal(m.group(2)), draft.documentUnit())
								.stripTrailingZeros();
							found.add(new Found(figure, m.start(), m.start() + phrase.length(), value, m.group(), line,
									sentence(text, m.start()), !figure.wholeWord() || startsWord(text, m.start())));
						}
					}
				}
			}
		}
		return found;
	}

	static boolean startsWord(String text, int position) {
		char previous = position == 0 ? ' ' : text.charAt(position - 1);
		return Character.UnicodeScript.of(previous) != Character.UnicodeScript.HAN || WORD_ENDS.indexOf(previous) >= 0;
	}

	/** The sentence around a position: the figure's provenance, shown in the report. */
	static String sentence(String text, int position) {
		return text
			.substring(Sentences.start(text, position), Math.min(text.length(), Sentences.end(text, position) + 1))
			.strip();
	}

	private static boolean owns(PartDefinition part, Vocabulary.Figure figure) {
		ContentAddress target = figure.target();
		return target.table() == null ? part.field(target.field()).isPresent()
				: part.table(target.table().key()).isPresent();
	}

	/** The same place in the part that holds it (the vocabulary names the usual part). */
	static ContentAddress in(PartDefinition part, ContentAddress target) {
		return new ContentAddress(part.key(), target.table(), target.row(), target.column(), target.field());
	}

	// Neither a value read from a table or a field, nor a figure placed already.
	private boolean empty(PartDefinition part, ContentAddress target) {
		if (target.table() == null) {
			return draft.field(part.key(), target.field()) == null && draft.figureAt(target).isEmpty();
		}
		CellView cell = row(part, target).map(r -> r.cells().get(target.column())).orElse(null);
		return (cell == null || cell.text() == null) && draft.figureAt(target).isEmpty();
	}

	// A figure of a fixed row the part's table does not have is reported but not placed.
	private void place(PartDefinition part, ContentAddress target, BigDecimal value, CellSource source) {
		if (target.table() == null || row(part, target).isPresent()) {
			draft.place(new StatedFigure(target, value, source));
		}
	}

	private Optional<RowView> row(PartDefinition part, ContentAddress target) {
		return part.table(target.table().key())
			.map(d -> draft.singleTable(part, d))
			.flatMap(t -> t.row(target.row().key()));
	}

}
