package cn.budget.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

import cn.budget.IntegrationTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

/**
 * Figures an import reads from a seed's text keep their sentence through the checks until
 * a drafter changes them, and the editor marks such a figure.
 */
@IntegrationTest
class TextFigureChecksIntegrationTests extends SeedChecksFixture {

	@Test
	void figuresReadFromTheTextKeepTheirSentenceUntilADrafterChangesThem() throws Exception {
		JsonNode imported = importAnswer(Seeds.PINGXIANG_2020);
		JsonNode overview = part(imported.at("/report/parts"), "overview");
		assertThat(overview.get("fromText").asInt()).isGreaterThanOrEqualTo(10);
		assertThat(part(imported.at("/report/parts"), "duties").get("fromTables").asInt()).isPositive();
		assertThat(imported.at("/report/notes").findValuesAsText("text"))
			.anySatisfy(t -> assertThat(t).contains("项目支出减少1511.4万元"));
		long id = imported.at("/disclosure/id").asLong();
		JsonNode document = document(id);
		JsonNode project = row(document, "overview", "budget_overview", "project").at("/cells/change");
		assertThat(project.at("/value").asText()).isEqualTo("-1511.4");
		assertThat(project.at("/source/kind").asText()).isEqualTo("TEXT");
		assertThat(project.at("/source/sentence").asText()).contains("项目支出减少1511.4万元");
		assertThat(row(document, "duties", "units", null).at("/cells/name/source/kind").asText()).isEqualTo("TABLE");
		assertThat(errors(id, Locale.ENGLISH)).noneMatch(f -> f.get("rule").asText().startsWith("change."));
		aFigureTheDrafterChangesIsTypedAndChecked(id, document);
	}

	private void aFigureTheDrafterChangesIsTypedAndChecked(long id, JsonNode document) throws Exception {
		JsonNode basic = row(document, "overview", "budget_overview", "basic");
		((ObjectNode) basic.at("/cells/change")).put("value", "619.16");
		String update = "{\"version\":" + document.get("version").asLong() + ",\"parts\":["
				+ json.writeValueAsString(part(document.get("parts"), "overview")) + "]}";
		mvc.perform(put("/api/disclosures/" + id).contentType("application/json")
			.content(update)
			.with(httpBasic("drafter-ga", "demo"))).andExpect(status().isOk());
		JsonNode edited = document(id);
		assertThat(row(edited, "overview", "budget_overview", "basic").at("/cells/change/source/kind").asText())
			.isEqualTo("TYPED");
		assertThat(row(edited, "overview", "budget_overview", "project").at("/cells/change/source/kind").asText())
			.isEqualTo("TEXT");
		assertThat(rules(errors(id, Locale.ENGLISH))).as("the typed figure is checked against the table")
			.contains("change.components");
	}

	@Test
	void theEditorMarksAFigureReadFromTheText() throws Exception {
		long id = importSeed(Seeds.WEIXIAN_2020);
		String page = mvc
			.perform(get("/disclosures/" + id + "/parts/overview").locale(Locale.SIMPLIFIED_CHINESE)
				.with(httpBasic("drafter-ga", "demo")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("来自正文").contains("此数取自正文").contains("人员经费增加504.78万元");
	}

	private JsonNode document(long id) throws Exception {
		return json.readTree(mvc.perform(get("/api/disclosures/" + id).with(httpBasic("drafter-ga", "demo")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8));
	}

	// The first row of the part's table with the key (null: its first row).
	private static JsonNode row(JsonNode document, String partKey, String tableKey, String rowKey) {
		for (JsonNode table : part(document.get("parts"), partKey).get("tables")) {
			for (JsonNode row : tableKey.equals(table.get("key").asText()) ? table.get("rows")
					: JsonNodeFactory.instance.arrayNode()) {
				if (rowKey == null || rowKey.equals(row.path("key").asText(null))) {
					return row;
				}
			}
		}
		throw new AssertionError("no row " + rowKey + " in " + partKey);
	}

}
