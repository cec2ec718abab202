package cn.budget.exchange.placing;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

import cn.budget.content.ContentAddress;
import cn.budget.content.StatedFigure;
import cn.budget.content.MeasureUnit;
import cn.budget.content.PartView;
import cn.budget.content.TableView;
import cn.budget.template.PartDefinition;
import cn.budget.template.TableDefinition;
import cn.budget.template.TemplateDefinition;

/**
 * The disclosure an import is building: title, year, units declared along the way, the
 * tables of every part of the template (immutable views, replaced as they grow; saved as
 * a whole), and the text fields and the figures read from the text (placed by address
 * through the drafting service's commands).
 */
public final class Draft {

	private final TemplateDefinition template;

	private final Map<String, List<TableView>> tables = new LinkedHashMap<>();

	private final List<MeasureUnit> declaredUnits = new ArrayList<>();

	private final Map<String, Integer> fieldLines = new java.util.HashMap<>();

	private final Map<ContentAddress, String> fields = new LinkedHashMap<>();

	private final Map<ContentAddress, StatedFigure> figures = new LinkedHashMap<>();

	private String title;

	Draft(TemplateDefinition template) {
		this.template = template;
		template.parts().forEach(p -> tables.put(p.key(), new ArrayList<>()));
	}

	public TemplateDefinition template() {
		return template;
	}

	public String title() {
		return title;
	}

	public void title(String value) {
		this.title = value;
	}

	/** Notes a unit of measure the document declares (for a table or for all of it). */
	void declared(MeasureUnit unit) {
		declaredUnits.add(unit);
	}

	/** The unit most of the document declares; 万元 when it declares none. */
	public MeasureUnit documentUnit() {
		long yuan = declaredUnits.stream().filter(u -> u == MeasureUnit.YUAN).count();
		return yuan * 2 > declaredUnits.size() ? MeasureUnit.YUAN : MeasureUnit.WAN_YUAN;
	}

	/** A part as read so far: its tables (its fields are kept by address). */
	public PartView part(String key) {
		return new PartView(key, null, null, false, Map.of(), tables.get(key));
	}

	/** Sets a field from a line of the source, e.g. an amount stated as "label：value". */
	void set(String partKey, String fieldKey, String text, int line) {
		fields.put(ContentAddress.field(partKey, fieldKey), text);
		fieldLines.put(partKey + "/" + fieldKey, line);
	}

	/** The line a field was set from, 0 when it was not set from one line. */
	int lineOf(String partKey, String fieldKey) {
		return fieldLines.getOrDefault(partKey + "/" + fieldKey, 0);
	}

	/** Appends a paragraph of a line of the source to a text field, on a new line. */
	void append(String partKey, String fieldKey, String text, int line) {
		fieldLines.putIfAbsent(partKey + "/" + fieldKey, line);
		String before = field(partKey, fieldKey);
		fields.put(ContentAddress.field(partKey, fieldKey), before == null ? text : before + "\n" + text);
	}

	/** A field's text (trimmed, null when blank or not set). */
	String field(String partKey, String fieldKey) {
		String text = fields.get(ContentAddress.field(partKey, fieldKey));
		return text == null || text.isBlank() ? null : text.strip();
	}

	/**
	 * The fields of a part that were set, in the order they were first set: key → text.
	 */
	Map<String, String> fieldsOf(String partKey) {
		Map<String, String> of = new LinkedHashMap<>();
		fields.forEach((at, text) -> {
			if (at.part().equals(partKey)) {
				of.put(at.field(), text);
			}
		});
		return of;
	}

	/** Replaces a field's text; null takes the field out. */
	void replaceField(String partKey, String fieldKey, String text) {
		if (text == null) {
			fields.remove(ContentAddress.field(partKey, fieldKey));
		}
		else {
			fields.replace(ContentAddress.field(partKey, fieldKey), text);
		}
	}

	/** Notes a figure the text states, to be placed once the tables are stored. */
	void place(StatedFigure figure) {
		figures.put(figure.at(), figure);
	}

	/** The figure placed at an address, if any. */
	Optional<StatedFigure> figureAt(ContentAddress at) {
		return Optional.ofNullable(figures.get(at));
	}

	/** Takes a placed figure out again (a value its field cannot hold). */
	void withdraw(ContentAddress at) {
		figures.remove(at);
	}

	/** The text fields (part fields), to be filled through {@code fillFields}. */
	public Map<ContentAddress, String> fields() {
		return Collections.unmodifiableMap(fields);
	}

	/** The figures read from the text, to be placed through {@code placeFigures}. */
	public List<StatedFigure> figures() {
		return List.copyOf(figures.values());
	}

	/** The single table of a key in a part, created from its definition on first use. */
	TableView singleTable(PartDefinition part, TableDefinition definition) {
		List<TableView> of = tables.get(part.key());
		return of.stream().filter(t -> definition.key().equals(t.key())).findFirst().orElseGet(() -> {
			TableView table = TableView.blank(definition, null);
			of.add(table);
			return table;
		});
	}

	/** Changes the single table of a key in a part (created on first use). */
	void changeSingle(PartDefinition part, TableDefinition definition, UnaryOperator<TableView> change) {
		TableView single = singleTable(part, definition);
		List<TableView> of = tables.get(part.key());
		of.set(of.indexOf(single), change.apply(single));
	}

	void add(String partKey, TableView table) {
		tables.get(partKey).add(table);
	}

	/** Every part of the template with the tables read, in the template's order. */
	public List<PartView> parts() {
		return tables.keySet().stream().map(this::part).toList();
	}

}
