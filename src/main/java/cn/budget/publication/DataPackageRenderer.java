package cn.budget.publication;

import cn.budget.content.DisclosureContent;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.budget.template.TemplateDefinition;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * A Fiscal Data Package descriptor ({@code datapackage.json}) whose one resource lists
 * every amount inline and points at the CSV download; amounts are mapped to the "value"
 * concept, units and codes to dimensions, masked amounts are flagged and carry no value.
 */
@Component
@Order(50)
class DataPackageRenderer implements PublicationRenderer {

	private final ObjectMapper json;

	DataPackageRenderer(ObjectMapper json) {
		this.json = json;
	}

	@Override
	public String extension() {
		return "json";
	}

	@Override
	public String mediaType() {
		return "application/json";
	}

	@Override
	public byte[] render(DisclosureContent masked, TemplateDefinition template) {
		Map<String, Object> descriptor = new LinkedHashMap<>();
		descriptor.put("name", "disclosure-" + masked.id() + "-" + masked.fiscalYear());
		descriptor.put("title", masked.title());
		descriptor.put("profile", "fiscal-data-package");
		descriptor.put("countryCode", "CN");
		descriptor.put("fiscalPeriod",
				ordered("start", masked.fiscalYear() + "-01-01", "end", masked.fiscalYear() + "-12-31"));
		Map<String, Object> resource = new LinkedHashMap<>();
		resource.put("name", "amounts");
		resource.put("path", "disclosure-" + masked.id() + ".csv");
		resource.put("format", "csv");
		resource.put("encoding", "utf-8");
		resource.put("profile", "tabular-data-resource");
		resource.put("schema", ordered("fields", fields(), "primaryKey", List.of("part", "table", "row", "column")));
		resource.put("data", FiscalDataRows.of(masked, template).stream().map(this::record).toList());
		descriptor.put("resources", List.of(resource));
		descriptor.put("model",
				ordered("measures", ordered("amount", ordered("source", "amount", "currency", "CNY", "factor", 1)),
						"dimensions",
						ordered("classification",
								ordered("attributes", ordered("code", ordered("source", "classification"))), "phase",
								ordered("attributes", ordered("phase", ordered("source", "phase"))))));
		try {
			return json.writerWithDefaultPrettyPrinter().writeValueAsBytes(descriptor);
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private Map<String, Object> record(AmountRow row) {
		Map<String, Object> record = new LinkedHashMap<>();
		Object[] values = row.values();
		for (int i = 0; i < AmountRow.HEADER.length; i++) {
			record.put(AmountRow.HEADER[i], values[i]);
		}
		return record;
	}

	private static List<Map<String, Object>> fields() {
		List<Map<String, Object>> fields = new ArrayList<>();
		for (String name : AmountRow.HEADER) {
			String type = switch (name) {
				case "disclosure_id", "fiscal_year", "row" -> "integer";
				case "amount", "amount_yuan" -> "number";
				case "masked" -> "boolean";
				default -> "string";
			};
			fields.add(ordered("name", name, "type", type));
		}
		return fields;
	}

	// Every map in its written order: Map.of's order changes from one JVM to the next,
	// and the same publication should be the same bytes wherever it is rendered.
	private static Map<String, Object> ordered(Object... keysAndValues) {
		Map<String, Object> map = new LinkedHashMap<>();
		for (int i = 0; i < keysAndValues.length; i += 2) {
			map.put((String) keysAndValues[i], keysAndValues[i + 1]);
		}
		return map;
	}

}
