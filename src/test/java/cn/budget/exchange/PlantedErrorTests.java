package cn.budget.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import cn.budget.checks.Finding;
import cn.budget.checks.Severity;
import cn.budget.checks.ShippedChecks;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/**
 * The planted-error evaluation (docs/checks.md): each case changes one figure or word of a seed as
 * written (a listed part, a component change, a direction word, a unit, an indicator's comparator),
 * imports the changed text as {@code POST /api/imports} would, and expects one more ERROR of the right
 * rule at the right part than the unchanged seed raises, and no new ERROR elsewhere. Where the import
 * fills a table from the sentence, the table's sum rule may be the one that names the mistake (the
 * text rule does not repeat the same two figures): either is the right rule, written "a|b".
 */
class PlantedErrorTests {

	/** One planted error: in which seed, the words as written and as planted, the rule and part expected. */
	record Plant(String name, String seed, String written, String planted, String rule, String part) {

		@Override
		public String toString() {
			return name;
		}

	}

	static final List<Plant> PLANTS = List.of(
			new Plant("listed part", Seeds.PINGXIANG_2020, "项目支出3789.93 万元", "项目支出3798.93 万元",
					"text.listed-parts|sum.budget-expenditure", "overview"),
			new Plant("listed holder", Seeds.WEIXIAN_2020, "账面价值1045.86万元", "账面价值1054.86万元", "text.listed-parts",
					"assets"),
			new Plant("component change", Seeds.PINGXIANG_2020, "基本支出增加609.16万元", "基本支出增加619.16万元",
					"text.change-components", "overview"),
			new Plant("component sign word", Seeds.PINGXIANG_2020, "项目支出减少1511.4万元", "项目支出增加1511.4万元",
					"text.change-components", "overview"),
			new Plant("total sign word", Seeds.PINGXIANG_2020, "较2019年减少902.24万元", "较2019年增加902.24万元",
					"text.change-components", "overview"),
			new Plant("unit of a listed part", Seeds.PINGXIANG_2020, "公务接待费1.45万元", "公务接待费1.45元",
					"text.listed-parts|sum.three-public", "three_public"),
			new Plant("unit of operating funds", Seeds.WEIXIAN_2020, "机关运行经费共计安排770万元", "机关运行经费共计安排770元",
					"figure.operating-funds", "operating_funds"),
			new Plant("indicator comparator", Seeds.PINGXIANG_2020, "核查总数×100％\n\t≥95%", "核查总数×100％\n\t≤95%",
					"indicator.direction", "performance"));

	@ParameterizedTest
	@FieldSource("PLANTS")
	void theRightRuleFiresAtTheRightPart(Plant plant) {
		String text = Seeds.text(plant.seed());
		assertThat(text).as("the words to change are in the seed once").containsOnlyOnce(plant.written());
		Map<String, Long> before = errors(text);
		Map<String, Long> after = errors(text.replace(plant.written(), plant.planted()));
		List<String> expected = java.util.Arrays.stream(plant.rule().split("\\|")).map(r -> r + "@" + plant.part()).toList();
		assertThat(expected).as(before + " -> " + after)
			.anyMatch(e -> after.getOrDefault(e, 0L) > before.getOrDefault(e, 0L));
		after.forEach((place, count) -> {
			if (!expected.contains(place)) {
				assertThat(count).as("no other new ERROR: %s", place).isLessThanOrEqualTo(before.getOrDefault(place, 0L));
			}
		});
	}

	private static Map<String, Long> errors(String text) {
		List<Finding> findings = ShippedChecks.of(SeedTextFindingsTests.document(Seeds.assemble(text), 2020));
		return findings.stream().filter(f -> f.severity() == Severity.ERROR)
			.collect(Collectors.groupingBy(f -> f.rule() + "@" + f.part(), Collectors.counting()));
	}


}
