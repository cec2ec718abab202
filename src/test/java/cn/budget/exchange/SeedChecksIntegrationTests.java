package cn.budget.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import cn.budget.IntegrationTest;
import cn.budget.Years;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Tried as a new user would: each seed imported through {@code POST /api/imports}, then
 * its checks read through {@code GET /api/disclosures/{id}/checks}. The real mistakes a
 * reviewer finds by reading come back with the sentence and both figures, in the reader's
 * language, and nothing else is an ERROR.
 */
@IntegrationTest
class SeedChecksIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ObjectMapper json;

	@Test
	void seed000ComesBackWithItsListedRevenueAndItsComponentChanges() throws Exception {
		long id = importSeed(Seeds.ZHAOXIAN_2017);
		JsonNode listed = only(errors(id, Locale.SIMPLIFIED_CHINESE), "text.listed-parts");
		assertThat(listed.get("part").asText()).isEqualTo("overview");
		assertThat(listed.get("anchor").asText()).isEqualTo("f-overview_text");
		assertThat(listed.get("message").asText()).startsWith("“公安局今年收入共计5909万元，其中人员经费2766万元")
			.contains("6,501.30万元", "5,909.00万元", "相差 592.30万元");
		JsonNode components = only(errors(id, Locale.ENGLISH), "text.change-components");
		assertThat(components.get("message").asText()).startsWith("\"与上年相比预算安排有所增加")
			.contains("add up to 84.00万元, not to the stated change 24.01万元");
		assertThat(rules(errors(id, Locale.ENGLISH))).containsExactlyInAnyOrder("text.listed-parts",
				"text.change-components", "indicator.direction");
	}

	@Test
	void seed001ComesBackWithTheNewAssetsItsUnitsLeaveUnexplained() throws Exception {
		long id = importSeed(Seeds.PINGXIANG_2020);
		JsonNode listed = only(errors(id, Locale.SIMPLIFIED_CHINESE), "text.listed-parts");
		assertThat(listed.get("part").asText()).isEqualTo("assets");
		assertThat(listed.get("expected").asText()).isEqualTo("1,278.00万元");
		assertThat(listed.get("actual").asText()).isEqualTo("1,794.50万元");
		assertThat(listed.get("message").asText()).contains("其中公安局761.5万元；交警队516.5万元", "相差 516.50万元");
		assertThat(rules(errors(id, Locale.ENGLISH))).containsExactlyInAnyOrder("text.listed-parts",
				"figure.operating-funds", "indicator.direction");
	}

	@Test
	void seed002ComesBackWithComponentsThatContradictItsIncreaseAndItsWording() throws Exception {
		long id = importSeed(Seeds.WEIXIAN_2020);
		List<JsonNode> errors = errors(id, Locale.SIMPLIFIED_CHINESE);
		JsonNode components = only(errors, "text.change-components");
		assertThat(components.get("expected").asText()).isEqualTo("-177.00万元");
		assertThat(components.get("actual").asText()).isEqualTo("1,586.57万元");
		assertThat(components.get("message").asText()).contains("比2019年增加1586.57万元，主要是");
		JsonNode direction = only(errors, "text.change-direction");
		assertThat(direction.get("message").asText()).isEqualTo("文字先说项目经费的增减额为 -881.78万元，后面却写“项目经费增加主要原因是”，方向相反。");
		assertThat(rules(errors)).containsExactlyInAnyOrder("text.change-components", "text.change-direction",
				"indicator.direction");
	}

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

	private long importSeed(String seed) throws Exception {
		return importAnswer(seed).at("/disclosure/id").asLong();
	}

	private JsonNode importAnswer(String seed) throws Exception {
		String answer = mvc
			.perform(multipart("/api/imports").file(ImportApiIntegrationTests.seed(seed))
				.param("fiscalYear", String.valueOf(Years.next()))
				.with(httpBasic("drafter-ga", "demo")))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		return json.readTree(answer);
	}

	private JsonNode document(long id) throws Exception {
		return json.readTree(mvc.perform(get("/api/disclosures/" + id).with(httpBasic("drafter-ga", "demo")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8));
	}

	private static JsonNode part(JsonNode parts, String key) {
		for (JsonNode part : parts) {
			if (key.equals(part.path("key").asText(null)) || key.equals(part.path("part").asText(null))) {
				return part;
			}
		}
		throw new AssertionError("no part " + key + " in " + parts);
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

	private List<JsonNode> errors(long id, Locale locale) throws Exception {
		String answer = mvc
			.perform(get("/api/disclosures/" + id + "/checks").locale(locale)
				.header("Accept-Language", locale.toLanguageTag())
				.with(httpBasic("drafter-ga", "demo")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		List<JsonNode> errors = new ArrayList<>();
		json.readTree(answer).forEach(f -> {
			if ("ERROR".equals(f.get("severity").asText())) {
				errors.add(f);
			}
		});
		return errors;
	}

	private static JsonNode only(List<JsonNode> findings, String rule) {
		List<JsonNode> of = findings.stream().filter(f -> rule.equals(f.get("rule").asText())).toList();
		assertThat(of).as(rule).hasSize(1);
		return of.get(0);
	}

	private static List<String> rules(List<JsonNode> findings) {
		return findings.stream().map(f -> f.get("rule").asText()).toList();
	}

}
