package cn.budget.template;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Reads the template JSON files shipped under {@code disclosure-templates/} and resolves
 * the table names each part refers to from the shared table library
 * ({@code tables.json}).
 */
class TemplateSources {

	private static final String LOCATION = "classpath*:disclosure-templates/*.json";

	private final ObjectMapper json;

	TemplateSources(ObjectMapper json) {
		this.json = json;
	}

	List<TemplateDefinition> read() {
		try {
			Resource[] resources = new PathMatchingResourcePatternResolver().getResources(LOCATION);
			Map<String, JsonNode> tables = new HashMap<>();
			List<JsonNode> templates = new ArrayList<>();
			for (Resource resource : resources) {
				try (InputStream in = resource.getInputStream()) {
					JsonNode node = json.readTree(in);
					if (node.has("tables")) {
						node.get("tables").forEach(t -> tables.put(t.get("key").asText(), t));
					}
					else {
						templates.add(node);
					}
				}
			}
			List<TemplateDefinition> result = new ArrayList<>();
			for (JsonNode template : templates) {
				result.add(json.treeToValue(resolve(template.deepCopy(), tables), TemplateDefinition.class));
			}
			return result;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read the disclosure templates", ex);
		}
	}

	private static JsonNode resolve(ObjectNode template, Map<String, JsonNode> tables) {
		for (JsonNode part : template.withArray("parts")) {
			for (JsonNode element : part.withArray("elements")) {
				JsonNode table = element.get("table");
				if (table != null && table.isTextual()) {
					JsonNode definition = tables.get(table.asText());
					if (definition == null) {
						throw new IllegalStateException(
								"Template " + template.get("code") + " names unknown table " + table.asText());
					}
					((ObjectNode) element).set("table", definition.deepCopy());
				}
			}
		}
		return template;
	}

}
