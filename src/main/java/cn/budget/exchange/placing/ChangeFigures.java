package cn.budget.exchange.placing;

import static cn.budget.exchange.placing.ChangePatterns.ASIDE;
import static cn.budget.exchange.placing.ChangePatterns.PREVIOUS;
import static cn.budget.exchange.placing.ChangePatterns.YEAR;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.budget.content.CellSource;
import cn.budget.content.ContentAddress;
import cn.budget.content.StatedFigure;
import cn.budget.content.MeasureUnit;
import cn.budget.content.CellView;
import cn.budget.content.RowView;
import cn.budget.template.PartDefinition;
import cn.budget.exchange.recognising.ImportReport;
import cn.budget.exchange.recognising.Vocabulary;

/**
 * Takes last year's figures and the changes against last year that the text states into
 * the previous-year and change columns of the rows that hold them: "人员经费2016年为2202万元",
 * "基本支出增加609.16万元", "公务接待费1.31万元，比去年减少0.09万元", "部门预算收支安排8319.42万元，较2019年 减少902.24万元", and
 * the budget's total of last year in an aside ("与上年相比预算安排有所增加（2016年预算为 5884.99万元）"). Only
 * what is stated is placed, never a difference worked out; each value remembers its
 * sentence. A change whose subject names no row ("财政拨款预算比2019年增加…") stays in the text and
 * is listed in the report, as is a figure stated with two different values.
 */
final class ChangeFigures {

	private static final ContentAddress TOTAL = ContentAddress
		.parse("overview:table:budget_overview:row:revenue_total:column:current");

	/** A value a sentence states for a cell. */
	private record Stated(ContentAddress cell, BigDecimal value, String words, String sentence, int line) {
	}

	private final Vocabulary vocabulary;

	private final Draft draft;

	private final ImportReport report;

	private final Integer year;

	private final ChangePatterns patterns;

	ChangeFigures(Vocabulary vocabulary, Draft draft, ImportReport report) {
		this.vocabulary = vocabulary;
		this.patterns = new ChangePatterns(vocabulary.figureWords());
		this.draft = draft;
		this.report = report;
		Matcher m = YEAR.matcher(String.valueOf(draft.title()));
		this.year = m.find() ? Integer.valueOf(m.group(1)) : null;
	}

	void fill() {
		for (PartDefinition part : draft.template().parts()) {
			List<Vocabulary.Figure> figures = vocabulary.figures()
				.stream()
				.filter(f -> f.target().row() != null && part.table(f.target().table().key()).isPresent())
				.toList();
			if (figures.isEmpty()) {
				continue;
			}
			report.inPart(part.key());
			List<Stated> stated = new ArrayList<>();
			for (String field : draft.fieldsOf(part.key()).keySet()) {
				String text = draft.field(part.key(), field);
				if (text != null) {
					read(text, draft.lineOf(part.key(), field), figures, stated);
				}
			}
			place(part, stated);
		}
	}

	private void read(String text, int line, List<Vocabulary.Figure> figures, List<Stated> stated) {
		List<Integer> ends = new ArrayList<>();
		for (Vocabulary.Figure figure : figures) {
			ContentAddress row = figure.target().parent();
			for (String name : figure.names()) {
				find(text, line, Pattern.quote(name) + PREVIOUS, column(row, "previous"), stated, ends);
			}
			List<String> changeNames = new ArrayList<>(figure.names());
			changeNames.addAll(figure.changeNames());
			for (String name : changeNames) {
				find(text, line, Pattern.quote(name) + patterns.change, column(row, "change"), stated, ends);
				find(text, line, Pattern.quote(name) + patterns.amountThenChange, column(row, "change"), stated, ends);
			}
		}
		readAside(text, line, stated, ends);
		noteUnclear(text, line, ends);
	}

	// The budget's total of last year in an aside (与上年相比…（2016年预算为5884.99万元）).
	private void readAside(String text, int line, List<Stated> stated, List<Integer> ends) {
		Matcher aside = ASIDE.matcher(text);
		while (aside.find()) {
			if (lastYear(aside) && filled(TOTAL)) {
				stated.add(new Stated(column(TOTAL.parent(), "previous"), amount(aside), aside.group(),
						TextFigures.sentence(text, aside.start()), line));
				ends.add(aside.end());
			}
		}
	}

	// A change no figure's phrase took: left in the text and noted.
	private void noteUnclear(String text, int line, List<Integer> ends) {
		Matcher unclear = patterns.unclear.matcher(text);
		while (unclear.find()) {
			if (!ends.contains(unclear.end())) {
				report.note(line, TextFigures.sentence(text, unclear.start()), "import.note.changeUnclear",
						unclear.group());
			}
		}
	}

	private void find(String text, int line, String regex, ContentAddress cell, List<Stated> stated,
			List<Integer> ends) {
		Matcher m = Pattern.compile(regex).matcher(text);
		while (m.find()) {
			if (!TextFigures.startsWord(text, m.start()) || !lastYear(m)) {
				continue;
			}
			stated.add(new Stated(cell, amount(m), m.group(), TextFigures.sentence(text, m.start()), line));
			ends.add(m.end());
		}
	}

	// The amount a match states, signed by its direction word, in the document's unit.
	private BigDecimal amount(Matcher m) {
		BigDecimal value = MeasureUnit.parse(m.group("unit"))
			.convert(new BigDecimal(m.group("amount")), draft.documentUnit());
		boolean changed = m.pattern().pattern().contains("?<dir>");
		return changed && patterns.down(m.group("dir")) ? value.negate() : value;
	}

	/**
	 * A figure of last year: said so (上年), or of the year before the document's; a change
	 * is always of last year.
	 */
	private boolean lastYear(Matcher m) {
		if (!m.pattern().pattern().contains("?<year>") || m.group("ly") != null) {
			return true;
		}
		return m.group("year") != null && (year == null || Integer.parseInt(m.group("year")) == year - 1);
	}

	private void place(PartDefinition part, List<Stated> stated) {
		Map<ContentAddress, List<Stated>> byCell = new LinkedHashMap<>();
		stated.forEach(s -> byCell.computeIfAbsent(s.cell(), k -> new ArrayList<>()).add(s));
		byCell.forEach((key, values) -> {
			Stated first = values.get(0);
			if (values.stream().map(s -> s.value().stripTrailingZeros()).distinct().count() > 1) {
				values.forEach(s -> report.note(s.line(), s.sentence(), "import.note.figureTwice", s.words()));
				return;
			}
			Optional<CellView> cell = cell(part, key);
			if (cell.isPresent() && cell.get().text() == null) {
				draft.place(new StatedFigure(TextFigures.in(part, key), first.value().stripTrailingZeros(),
						CellSource.text(first.sentence(), first.line())));
				report.note(first.line(), first.sentence(), "import.note.figure", first.words());
			}
		});
	}

	/**
	 * A fixed row's cell, found by table and row key in whichever part holds the table.
	 */
	private Optional<CellView> cell(PartDefinition part, ContentAddress cell) {
		return part.table(cell.table().key())
			.filter(d -> d.column(cell.column()).isPresent())
			.map(d -> draft.singleTable(part, d))
			.flatMap(t -> t.row(cell.row().key()))
			.map((RowView r) -> r.cell(cell.column()));
	}

	private boolean filled(ContentAddress target) {
		return draft.template()
			.parts()
			.stream()
			.anyMatch(p -> p.table(target.table().key()).isPresent()
					&& (cell(p, target).map(c -> c.text() != null).orElse(false)
							|| draft.figureAt(TextFigures.in(p, target)).isPresent()));
	}

	private static ContentAddress column(ContentAddress row, String column) {
		return ContentAddress.cell(row.part(), row.table(), row.row(), column);
	}

}
