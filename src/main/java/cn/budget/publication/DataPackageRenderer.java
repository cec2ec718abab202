package cn.budget.publication;

import cn.budget.content.DisclosureContent;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.budget.template.TemplateDefinition;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
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
				Map.of("start", masked.fiscalYear() + "-01-01", "end", masked.fiscalYear() + "-12-31"));
		Map<String, Object> resource = new LinkedHashMap<>();
		resource.put("name", "amounts");
		resource.put("path", "disclosure-" + masked.id() + ".csv");
		resource.put("format", "csv");
		resource.put("encoding", "utf-8");
		resource.put("profile", "tabular-data-resource");
		resource.put("schema", Map.of("fields", fields(), "primaryKey", List.of("part", "table", "row", "column")));
		resource.put("data", FiscalDataRows.of(masked, template).stream().map(this::record).toList());
		descriptor.put("resources", List.of(resource));
		descriptor.put("model",
				Map.of("measures", Map.of("amount", Map.of("source", "amount", "currency", "CNY", "factor", 1)),
						"dimensions",
						Map.of("classification",
								Map.of("attributes", Map.of("code", Map.of("source", "classification"))), "phase",
								Map.of("attributes", Map.of("phase", Map.of("source", "phase"))))));
		try {
			// Keys sorted: Map.of's order changes from one JVM to the next, and the same
			// publication should be the same bytes wherever it is rendered.
			return json.writer(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
				.withDefaultPrettyPrinter()
				.writeValueAsBytes(descriptor);
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

	private static List<Map<String, String>> fields() {
		List<Map<String, String>> fields = new ArrayList<>();
		for (String name : AmountRow.HEADER) {
			String type = switch (name) {
				case "disclosure_id", "fiscal_year", "row" -> "integer";
				case "amount", "amount_yuan" -> "number";
				case "masked" -> "boolean";
				default -> "string";
			};
			fields.add(Map.of("name", name, "type", type));
		}
		return fields;
	}

}
