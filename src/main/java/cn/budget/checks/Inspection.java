package cn.budget.checks;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import cn.budget.content.ContentAddress;
import cn.budget.content.DisclosureContent;
import cn.budget.content.MeasureUnit;
import cn.budget.content.PartView;
import cn.budget.content.TableView;
import cn.budget.template.PartDefinition;
import cn.budget.template.TableDefinition;
import cn.budget.template.TemplateDefinition;

/**
 * One run of the checks over one document: the document with its template, what the
 * checks know, the context, and the findings reported so far (with their configured
 * severity).
 */
final class Inspection {

	private final DisclosureContent document;

	private final TemplateDefinition template;

	private final Knowledge knowledge;

	private final CheckContext context;

	private final RuleSettings settings;

	private final MeasureUnit documentUnit;

	private final Map<String, List<Sheet>> sheets = new LinkedHashMap<>();

	private final List<Finding> findings = new ArrayList<>();

	Inspection(DisclosureContent document, TemplateDefinition template, Knowledge knowledge, CheckContext context,
			RuleSettings settings) {
		this.document = document;
		this.template = template;
		this.knowledge = knowledge;
		this.context = context;
		this.settings = settings;
		this.documentUnit = document.unit() == null ? MeasureUnit.WAN_YUAN : document.unit();
		for (PartView part : document.parts()) {
			index(part);
		}
	}

	private void index(PartView part) {
		PartDefinition definition = template.part(part.key()).orElse(null);
		List<TableView> tables = part.tables();
		for (int i = 0; i < tables.size(); i++) {
			TableView table = tables.get(i);
			if (table == null || table.key() == null) {
				continue;
			}
			TableDefinition tableDefinition = definition == null ? null : definition.table(table.key()).orElse(null);
			MeasureUnit own = table.declaredUnit();
			sheets.computeIfAbsent(table.key(), k -> new ArrayList<>())
				.add(new Sheet(part.key(), i, table, tableDefinition, own == null ? documentUnit : own,
						partLabel(part.key())));
		}
	}

	DisclosureContent document() {
		return document;
	}

	TemplateDefinition template() {
		return template;
	}

	Knowledge knowledge() {
		return knowledge;
	}

	CheckContext context() {
		return context;
	}

	MeasureUnit documentUnit() {
		return documentUnit;
	}

	/** Every instance of a table, in document order. */
	List<Sheet> sheets(String tableKey) {
		return sheets.getOrDefault(tableKey, List.of());
	}

	/** Every table of the document. */
	List<Sheet> allSheets() {
		return sheets.values().stream().flatMap(List::stream).toList();
	}

	/** What to do with a row whose column holds a text that is not withheld. */
	interface LineVisitor {

		void visit(Sheet sheet, Sheet.Line line, String text);

	}

	/**
	 * Visits every row of every instance of a table whose column holds a text that is not
	 * withheld.
	 */
	void forEachText(String tableKey, String column, LineVisitor visitor) {
		for (Sheet sheet : sheets(tableKey)) {
			for (Sheet.Line line : sheet.lines()) {
				String text = line.text(column);
				if (text != null && !Cells.masked(line.cell(column))) {
					visitor.visit(sheet, line, text);
				}
			}
		}
	}

	/** The first instance of a table. */
	Optional<Sheet> sheet(String tableKey) {
		return sheets(tableKey).stream().findFirst();
	}

	Optional<PartView> part(String key) {
		return document.part(key);
	}

	/** A part field's text, or null. */
	String fieldText(String partKey, String fieldKey) {
		return part(partKey).map(p -> p.fields().get(fieldKey)).map(Cells::text).orElse(null);
	}

	/** A part field's figure, in the document's unit. */
	Figure fieldFigure(String partKey, String fieldKey) {
		var cell = part(partKey).map(p -> p.fields().get(fieldKey)).orElse(null);
		ContentAddress at = ContentAddress.field(partKey, fieldKey);
		if (Cells.masked(cell)) {
			return new Figure(null, documentUnit, 0, true, at);
		}
		return Figure.of(Cells.decimal(cell), documentUnit, at);
	}

	Label partLabel(String partKey) {
		return template.part(partKey).map(p -> Label.of(p.numeral(), p.title())).orElse(Label.of(partKey));
	}

	/**
	 * Reports a finding of a rule, with the rule's configured severity and blocking flag;
	 * a rule switched off reports nothing.
	 */
	void report(RuleSpec rule, ContentAddress at, String expected, String actual, Object... args) {
		add(rule, "checks.rule." + rule.id(), at, expected, actual, args);
	}

	/**
	 * Reports a finding with one of the rule's message variants
	 * ({@code checks.rule.<id>.<variant>}).
	 */
	void reportVariant(RuleSpec rule, String variant, ContentAddress at, String expected, String actual,
			Object... args) {
		add(rule, "checks.rule." + rule.id() + "." + variant, at, expected, actual, args);
	}

	private void add(RuleSpec rule, String messageKey, ContentAddress at, String expected, String actual,
			Object[] args) {
		if (settings.enabled(rule)) {
			findings.add(new Finding(rule.id(), settings.severity(rule), settings.blocking(rule), at,
					Places.label(this, at), messageKey, Arrays.asList(args), expected, actual));
		}
	}

	List<Finding> findings() {
		return findings;
	}

}
