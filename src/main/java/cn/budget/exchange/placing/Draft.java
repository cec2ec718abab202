package cn.budget.exchange.placing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.budget.disclosure.CellContent;
import cn.budget.disclosure.MeasureUnit;
import cn.budget.disclosure.PartContent;
import cn.budget.disclosure.TableContent;
import cn.budget.disclosure.TableFactory;
import cn.budget.template.PartDefinition;
import cn.budget.template.TableDefinition;
import cn.budget.template.TemplateDefinition;

/**
 * The disclosure an import is building: title, year, units declared along the way and the
 * content of every part of the template, ready to be saved as one update.
 */
public final class Draft {

	private final TemplateDefinition template;

	private final Map<String, PartContent> parts = new LinkedHashMap<>();

	private final List<MeasureUnit> declaredUnits = new ArrayList<>();

	private final Map<String, Integer> fieldLines = new java.util.HashMap<>();

	private String title;

	Draft(TemplateDefinition template) {
		this.template = template;
		template.parts().forEach(p -> parts.put(p.key(), new PartContent(p.key())));
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

	public PartContent part(String key) {
		return parts.get(key);
	}

	/** Sets a field from a line of the source, e.g. an amount stated as "label：value". */
	void set(String partKey, String fieldKey, String text, int line) {
		part(partKey).field(fieldKey).setValue(text);
		fieldLines.put(partKey + "/" + fieldKey, line);
	}

	/** The line a field was set from, 0 when it was not set from one line. */
	int lineOf(String partKey, String fieldKey) {
		return fieldLines.getOrDefault(partKey + "/" + fieldKey, 0);
	}

	/** Appends a paragraph of a line of the source to a text field, on a new line. */
	void append(String partKey, String fieldKey, String text, int line) {
		fieldLines.putIfAbsent(partKey + "/" + fieldKey, line);
		CellContent field = part(partKey).field(fieldKey);
		field.setValue(field.trimmed() == null ? text : field.trimmed() + "\n" + text);
	}

	/** The single table of a key in a part, created from its definition on first use. */
	TableContent singleTable(PartDefinition part, TableDefinition definition) {
		return part(part.key()).tables(definition.key()).stream().findFirst().orElseGet(() -> {
			TableContent table = TableFactory.newTable(definition, null);
			part(part.key()).getTables().add(table);
			return table;
		});
	}

	void add(String partKey, TableContent table) {
		part(partKey).getTables().add(table);
	}

	public List<PartContent> parts() {
		return List.copyOf(parts.values());
	}

}
