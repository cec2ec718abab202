package cn.budget.checks;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import com.fasterxml.jackson.databind.ObjectMapper;
import cn.budget.disclosure.CellContent;
import cn.budget.disclosure.DisclosureDocument;
import cn.budget.disclosure.PartContent;
import cn.budget.disclosure.RowContent;
import cn.budget.disclosure.TableContent;
import cn.budget.template.ShippedTemplates;
import cn.budget.template.TemplateDefinition;

/**
 * Test data: disclosures built in memory for the checks, part by part, with only what a
 * test is about. Values are written as a drafter types them ("657.2", "≥95%", "****" for
 * a masked cell).
 */
final class Docs {

	private static final ObjectMapper JSON = new ObjectMapper();

	private final Map<String, Object> head = new LinkedHashMap<>();

	private final Map<String, PartContent> parts = new LinkedHashMap<>();

	private Docs(String template, int year, String unit) {
		head.put("id", 1L);
		head.put("template", template);
		head.put("fiscalYear", year);
		head.put("unitOfMeasure", unit);
		head.put("departmentCode", "312");
		for (var part : template(template).parts()) {
			parts.put(part.key(), new PartContent(part.key()));
		}
	}

	/** An empty budget disclosure of a year, in 万元. */
	static Docs budget(int year) {
		return new Docs("BUDGET", year, "万元");
	}

	/**
	 * A budget disclosure of a year, in 万元, filled by the given groups of parts in turn:
	 * a transcribed seed is written down part by part.
	 */
	@SafeVarargs
	static DisclosureDocument budget(int year, Consumer<Docs>... groups) {
		Docs docs = budget(year);
		for (Consumer<Docs> group : groups) {
			group.accept(docs);
		}
		return docs.build();
	}

	static TemplateDefinition template(String code) {
		return ShippedTemplates.current(code);
	}

	Docs field(String part, String key, String value) {
		parts.get(part).getFields().put(key, CellContent.of(value));
		return this;
	}

	/** Adds a table to a part, built by the given steps. */
	Docs table(String part, String key, Consumer<Table> steps) {
		Table table = new Table(key);
		steps.accept(table);
		parts.get(part).getTables().add(table.content);
		return this;
	}

	DisclosureDocument build() {
		DisclosureDocument document = JSON.convertValue(head, DisclosureDocument.class);
		document.setParts(new ArrayList<>(parts.values()));
		return document;
	}

	/** Steps that fill one table. */
	static final class Table {

		private final TableContent content;

		Table(String key) {
			this.content = new TableContent(key);
		}

		/** A fixed row by its key, with column/value pairs. */
		Table fixed(String rowKey, String... columnValues) {
			return add(rowKey, 0, null, columnValues);
		}

		Table row(String... columnValues) {
			return add(null, 0, null, columnValues);
		}

		/** A row of a level: 0 a duty, 1 an activity. */
		Table level(int level, String... columnValues) {
			return add(null, level, null, columnValues);
		}

		/** A row marked TOTAL, SUBTOTAL or GROUP. */
		Table role(String role, String... columnValues) {
			return add(null, 0, role, columnValues);
		}

		Table header(String... keyValues) {
			for (int i = 0; i < keyValues.length; i += 2) {
				content.getHeader().put(keyValues[i], CellContent.of(keyValues[i + 1]));
			}
			return this;
		}

		Table unit(String unitOfMeasure) {
			content.setUnitOfMeasure(unitOfMeasure);
			return this;
		}

		/** The unit (单位) the table belongs to. */
		Table unitCode(String code) {
			content.setUnitCode(code);
			return this;
		}

		Table title(String title) {
			content.setTitle(title);
			return this;
		}

		private Table add(String key, int level, String role, String... columnValues) {
			RowContent row = content.addRow();
			row.setKey(key);
			row.setLevel(level);
			row.setRole(role);
			for (int i = 0; i < columnValues.length; i += 2) {
				if (columnValues[i + 1] != null) {
					row.getCells().put(columnValues[i], CellContent.of(columnValues[i + 1]));
				}
			}
			return this;
		}

	}

	/**
	 * The findings of the standard checks with the shipped knowledge and default
	 * settings.
	 */
	static List<Finding> check(DisclosureDocument document) {
		return ENGINE.run(document.view(), template(document.getTemplate()), CheckContext.none());
	}

	/**
	 * The findings other than the missing required parts, which the small documents of
	 * unit tests leave out on purpose.
	 */
	static List<Finding> findings(DisclosureDocument document) {
		return check(document).stream().filter(f -> !f.rule().equals("completeness.required-part")).toList();
	}

	/** The findings of one rule. */
	static List<Finding> check(DisclosureDocument document, String rule) {
		return check(document).stream().filter(f -> f.rule().equals(rule)).toList();
	}

	static final CheckEngine ENGINE = new CheckEngine(CheckEngine.standardChecks(), RuleSettings.defaults(),
			Knowledge.shipped());

}
