package cn.budget.exchange.placing;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import cn.budget.template.PartDefinition;
import cn.budget.template.TemplateDefinition;
import cn.budget.exchange.reading.Block;
import cn.budget.exchange.reading.SourceDocument;
import cn.budget.exchange.recognising.ImportReport;
import cn.budget.exchange.recognising.Numbering;
import cn.budget.exchange.recognising.Outline;
import cn.budget.exchange.recognising.ProjectHead;
import cn.budget.exchange.recognising.TableRecognizer;
import cn.budget.exchange.recognising.UnitDirectory;
import cn.budget.exchange.recognising.Vocabulary;

/**
 * Walks a source document block by block and builds the disclosure: the title from the
 * lines before the first part, parts from their headings, sections from sub-headings and
 * labels, running text and items through {@link TextPlacer}, tables through
 * {@link TableMapper} with the caption lines just above them.
 */
public final class DocumentAssembler {

	private final Vocabulary vocabulary;

	private final Outline outline;

	private final Draft draft;

	private final ImportReport report = new ImportReport();

	private final TextPlacer text;

	private final TableMapper tables;

	private final ProjectHead head;

	private PartDefinition part;

	private String target;

	private boolean titleDone;

	/** The numbering level of the part headings ({@link Outline#partLevel}). */
	private int partLevel = 1;

	private final java.util.Set<PartDefinition> openedParts = new java.util.HashSet<>();

	private final List<Block.Paragraph> captions = new ArrayList<>();

	public DocumentAssembler(Vocabulary vocabulary, TemplateDefinition template, UnitDirectory units) {
		this.vocabulary = vocabulary;
		this.outline = new Outline(vocabulary, template);
		this.draft = new Draft(template);
		this.text = new TextPlacer(vocabulary, draft, report);
		this.tables = new TableMapper(vocabulary, draft, report, units);
		this.head = new ProjectHead(new TableRecognizer(vocabulary, template));
	}

	public Assembly assemble(SourceDocument source) {
		List<Block> blocks = source.blocks();
		partLevel = outline.partLevel(SourceLines.paragraphs(blocks));
		for (int i = 0; i < blocks.size(); i++) {
			if (blocks.get(i) instanceof Block.Paragraph paragraph) {
				Block next = i + 1 < blocks.size() ? blocks.get(i + 1) : null;
				paragraph(paragraph, SourceLines.isCaption(blocks, i), next instanceof Block.Table,
						next instanceof Block.Paragraph following ? following : null);
			}
			else {
				table((Block.Table) blocks.get(i));
			}
		}
		flushHead();
		new TextFigures(vocabulary, draft, report).fill();
		new ChangeFigures(vocabulary, draft, report).fill();
		new AmountFields(draft, new CellChecker(report)).settle();
		report.read(SourceLines.lastLine(blocks));
		return new Assembly(draft, report);
	}

	private void paragraph(Block.Paragraph paragraph, boolean caption, boolean aboveTable, Block.Paragraph next) {
		String line = SourceLines.line(paragraph);
		if (isNoise(paragraph, line)) {
			return;
		}
		int current = part == null ? -1 : draft.template().parts().indexOf(part);
		Optional<PartDefinition> opened = outline.partOpenedBy(line, current, openedParts, partLevel);
		if (opened.isPresent()) {
			flushHead();
			open(opened.get(), paragraph, line);
			return;
		}
		if (part == null) {
			beforeFirstPart(paragraph, line);
			return;
		}
		if (head.take(part, target, outline.textField(part), paragraph, next)) {
			return;
		}
		flushHead();
		if (caption && aboveTable) {
			captions.add(paragraph);
		}
		else {
			withinPart(paragraph, line, caption);
		}
	}

	// Blank lines are skipped; lines without a letter or digit are reported as noise.
	private boolean isNoise(Block.Paragraph paragraph, String line) {
		if (!line.isEmpty() && !line.codePoints().anyMatch(Character::isLetterOrDigit)) {
			report.unplaced(paragraph.line(), line, "import.unplaced.noise");
		}
		return line.isEmpty() || !line.codePoints().anyMatch(Character::isLetterOrDigit);
	}

	// A project's head held without a table after it becomes a table of its head alone.
	private void flushHead() {
		Optional<cn.budget.template.TableDefinition> pending = head.pending();
		if (pending.isPresent()) {
			tables.mapHead(part, pending.get(), head.drain())
				.forEach(p -> text.place(part, target, outline.textField(part), p));
		}
	}

	// A section heading, a caption a few lines above a table, or text of the element the
	// part is at.
	private void withinPart(Block.Paragraph paragraph, String line, boolean caption) {
		Optional<String> section = outline.sectionOpenedBy(part, line);
		if (section.isPresent()) {
			target = section.get();
			// "4个内设机构：政工监督室…" opens a section and is its first paragraph too.
			if (!Outline.afterLabel(line).isEmpty()) {
				text.place(part, target, outline.textField(part), paragraph);
			}
			return;
		}
		if (caption) {
			captions.add(paragraph);
			return;
		}
		String items = outline.itemsTable(part);
		if (items != null && target != null && target.equals(outline.textField(part))
				&& Numbering.of(line).filter(n -> n.level() > 1).isPresent()) {
			target = items;
		}
		text.place(part, target, outline.textField(part), paragraph);
	}

	private void open(PartDefinition opened, Block.Paragraph paragraph, String line) {
		part = opened;
		report.inPart(part.key());
		openedParts.add(opened);
		target = outline.textField(part);
		titleDone = true;
		captions.clear();
		String title = Numbering.strip(line);
		// "九、无其他需要说明的事项。" is heading and content at once.
		if (title.endsWith("。") && target != null) {
			text.place(part, target, target, new Block.Paragraph(paragraph.line(), title));
		}
	}

	private void beforeFirstPart(Block.Paragraph paragraph, String line) {
		if (!titleDone && !SourceLines.isSentence(line)) {
			draft.title(draft.title() == null ? line : draft.title() + line);
			return;
		}
		titleDone = true;
		report.unplaced(paragraph.line(), line, "import.unplaced.preamble");
	}

	private void table(Block.Table table) {
		if (part == null) {
			// A 绩效目标表 on its own: no part heading, the project table opens the part that
			// holds it.
			Optional<PartDefinition> owner = tables.projectTableOwner(table);
			if (owner.isEmpty()) {
				table.rows().forEach(r -> report.unplaced(r.line(), r.joined(), "import.unplaced.beforeParts"));
				return;
			}
			part = owner.get();
			openedParts.add(part);
			target = outline.textField(part);
			titleDone = true;
		}
		// A project's head written as label lines describes the table below it, as
		// captions do.
		List<Block.Paragraph> described = new ArrayList<>(head.drain());
		described.addAll(captions);
		List<Block.Paragraph> unused = tables.map(part, target, table, described);
		captions.clear();
		unused.forEach(p -> text.place(part, target, outline.textField(part), p));
	}

}
