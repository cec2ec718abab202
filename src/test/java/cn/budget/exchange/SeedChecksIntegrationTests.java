package cn.budget.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;

import cn.budget.IntegrationTest;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

/**
 * Tried as a new user would: each seed imported through {@code POST /api/imports}, then
 * its checks read through {@code GET /api/disclosures/{id}/checks}. The real mistakes a
 * reviewer finds by reading come back with the sentence and both figures, in the reader's
 * language, and nothing else is an ERROR. Figures read from the text are
 * {@link TextFigureChecksIntegrationTests}.
 */
@IntegrationTest
class SeedChecksIntegrationTests extends SeedChecksFixture {

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

	private static JsonNode only(List<JsonNode> findings, String rule) {
		List<JsonNode> of = findings.stream().filter(f -> rule.equals(f.get("rule").asText())).toList();
		assertThat(of).as(rule).hasSize(1);
		return of.get(0);
	}

}
