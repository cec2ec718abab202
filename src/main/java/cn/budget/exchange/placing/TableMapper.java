package cn.budget.exchange.placing;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.budget.content.MeasureUnit;
import cn.budget.content.TableView;
import cn.budget.template.PartDefinition;
import cn.budget.template.TableDefinition;
import cn.budget.exchange.reading.Block;
import cn.budget.exchange.recognising.ColumnLayout;
import cn.budget.exchange.recognising.ImportReport;
import cn.budget.exchange.recognising.ProjectHead;
import cn.budget.exchange.recognising.RowReader;
import cn.budget.exchange.recognising.RowShaper;
import cn.budget.exchange.recognising.SourcedRow;
import cn.budget.exchange.recognising.TableMetadata;
import cn.budget.exchange.recognising.TableRecognizer;
import cn.budget.exchange.recognising.UnitDirectory;
import cn.budget.exchange.recognising.Vocabulary;

/**
 * Turns a source table into a table of the model: recognises which table it is, reads
 * what is said above its headers, maps its columns, reads, shapes and checks its rows,
 * and adds it to the part that holds such tables. What finds no place is reported.
 */
final class TableMapper {

	private static final Pattern HEADER_UNIT = Pattern.compile("(?:单位[:：]?|[（(]|[:：])\\s*(万元|元)");

	private final Vocabulary vocabulary;

	private final Draft draft;

	private final ImportReport report;

	private final UnitDirectory units;

	private final TableRecognizer recognizer;

	private final CellChecker checker;

	TableMapper(Vocabulary vocabulary, Draft draft, ImportReport report, UnitDirectory units) {
		this.vocabulary = vocabulary;
		this.draft = draft;
		this.report = report;
		this.units = units;
		this.recognizer = new TableRecognizer(vocabulary, draft.template());
		this.checker = new CellChecker(report);
	}

	/**
	 * Maps one table.
	 * @param captions the short lines just above the table
	 * @return the captions that said nothing about the table, to be placed as text
	 */
	List<Block.Paragraph> map(PartDefinition part, String target, Block.Table table, List<Block.Paragraph> captions) {
		String title = String.join(" ", captions.stream().map(Block.Paragraph::text).toList());
		Optional<TableRecognizer.Recognition> recognition = recognizer.recognise(table.rows(), title, part, target);
		if (recognition.isEmpty()) {
			table.rows()
				.stream()
				.filter(r -> !r.isBlank())
				.forEach(r -> report.unplaced(r.line(), r.joined(), "import.unplaced.table"));
			return captions;
		}
		TableDefinition definition = recognition.get().definition();
		TableMetadata metadata = new TableMetadata(headerWords(definition), units);
		metadata.readCaptions(captions);
		metadata.readRows(table.rows().subList(0, recognition.get().headerStart()));
		TableView content = read(recognition.get(), table, metadata);
		place(recognition.get().part(), definition, content);
		if (metadata.unitName() != null) {
			report.note(metadata.unitName().line(), metadata.unitName().text(), "import.note.unit",
					metadata.unitName().text(), content.unitCode() == null ? "" : content.unitCode());
		}
		return leftovers(metadata, captions, definition);
	}

	/**
	 * The part holding a repeatable table with a head (a project table) that the table
	 * is, if it is one.
	 */
	Optional<PartDefinition> projectTableOwner(Block.Table table) {
		return recognizer.recognise(table.rows(), "", null, null)
			.filter(r -> r.definition().repeatable() && !r.definition().header().isEmpty())
			.map(TableRecognizer.Recognition::part);
	}

	/**
	 * A project's head written as label lines with no table of its own
	 * ({@link ProjectHead}): a table of header fields alone.
	 * @return the lines that said nothing about it, to be placed as text
	 */
	List<Block.Paragraph> mapHead(PartDefinition part, TableDefinition definition, List<Block.Paragraph> lines) {
		TableMetadata metadata = new TableMetadata(headerWords(definition), units);
		metadata.readCaptions(lines);
		MeasureUnit unit = metadata.unit();
		checker.checkHeader(definition, metadata.header(), unit == null ? MeasureUnit.WAN_YUAN : unit,
				lines.get(0).line());
		if (unit != null) {
			draft.declared(unit);
		}
		place(part, definition, content(definition, metadata, unit, new ArrayList<>()));
		return leftovers(metadata, lines, definition);
	}

	// The header rows give the columns (and maybe the unit); the rows below are read,
	// shaped and checked.
	private TableView read(TableRecognizer.Recognition found, Block.Table table, TableMetadata metadata) {
		List<Block.Row> rows = table.rows();
		TableDefinition definition = found.definition();
		// A table of header fields alone has no column headers and no rows.
		ColumnLayout layout = found.headerStart() >= rows.size() ? null
				: ColumnLayout.of(rows.subList(found.headerStart(), found.headerEnd()), definition, recognizer);
		MeasureUnit unit = metadata.unit() != null ? metadata.unit()
				: layout == null ? null : headerUnit(layout).orElse(null);
		List<SourcedRow> read = layout == null ? new ArrayList<>()
				: new RowReader(layout, definition, report).read(rows.subList(found.headerEnd(), rows.size()));
		new RowShaper(definition, vocabulary, report).shape(read);
		MeasureUnit effective = unit == null ? MeasureUnit.WAN_YUAN : unit;
		read.forEach(r -> checker.checkRow(definition, r, effective));
		checker.checkHeader(definition, metadata.header(), effective, table.line());
		if (unit != null) {
			draft.declared(unit);
		}
		return content(definition, metadata, unit, read);
	}

	// Captions that said nothing about the table go back as text; such cells above the
	// headers are reported.
	private List<Block.Paragraph> leftovers(TableMetadata metadata, List<Block.Paragraph> captions,
			TableDefinition definition) {
		List<Block.Paragraph> unused = new ArrayList<>();
		for (Block.Cell cell : metadata.unused()) {
			if (captions.stream().anyMatch(c -> c.line() == cell.line())) {
				unused.add(new Block.Paragraph(cell.line(), cell.text()));
			}
			else {
				report.unplaced(cell.line(), cell.text(), "import.unplaced.tableHeader", definition.title());
			}
		}
		return unused;
	}

	// The table as read: new (no id), in the unit it declares (null: the document's).
	private static TableView content(TableDefinition definition, TableMetadata metadata, MeasureUnit unit,
			List<SourcedRow> rows) {
		String unitCode = metadata.unitCode().filter(c -> !c.isBlank()).map(String::strip).orElse(null);
		return new TableView(null, definition.key(),
				metadata.title() == null ? definition.title().zh() : metadata.title(), unitCode, unit, unit, false,
				null, metadata.header(), rows.stream().map(SourcedRow::view).toList());
	}

	// A repeatable table is one more instance; a single one takes the place of the blank.
	private void place(PartDefinition part, TableDefinition definition, TableView content) {
		if (definition.repeatable()) {
			draft.add(part.key(), content);
			return;
		}
		draft.changeSingle(part, definition, single -> content);
	}

	private static Optional<MeasureUnit> headerUnit(ColumnLayout layout) {
		for (String label : layout.allLabels()) {
			Matcher m = HEADER_UNIT.matcher(label);
			if (m.find()) {
				return Optional.of(MeasureUnit.parse(m.group(1)));
			}
		}
		return Optional.empty();
	}

	// The vocabulary's words and the template's own labels of the header fields.
	private Map<String, List<String>> headerWords(TableDefinition definition) {
		Map<String, List<String>> words = new java.util.LinkedHashMap<>();
		definition.header().forEach(field -> words.put(field.key(), recognizer.headerWords(definition, field)));
		return words;
	}

}
