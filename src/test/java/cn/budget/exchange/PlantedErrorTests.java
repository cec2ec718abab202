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
 * The planted-error evaluation (docs/checks.md): each case changes one figure or word of
 * a seed as written (a listed part, a component change, a direction word, a unit, an
 * indicator's comparator), imports the changed text as {@code POST /api/imports} would,
 * and expects an ERROR of the right rule at the right part that the unchanged seed does
 * not raise (or raises with other figures, where the seed's own mistake sits in the same
 * statement), and no new ERROR elsewhere. Where the import fills a table from the
 * sentence, the table's sum rule may be the one that names the mistake (the text rule
 * does not repeat the same two figures): either is the right rule, written "a|b".
 */
class PlantedErrorTests {

	/**
	 * One planted error: in which seed, the words as written and as planted, the rule and
	 * part expected.
	 */
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
					"indicator.direction", "performance"),
			new Plant("listed 三公 item", Seeds.ZHAOXIAN_2017, "公务接待费1.31万元", "公务接待费1.21万元",
					"text.listed-parts|sum.three-public", "three_public"),
			new Plant("listed vehicle item", Seeds.ZHAOXIAN_2017, "公务用车运行费202.46万元", "公务用车运行费202.06万元",
					"text.listed-parts|sum.vehicles", "three_public"),
			new Plant("figure stated twice", Seeds.ZHAOXIAN_2017, "日常公用经费1152.9万元", "日常公用经费1125.9万元",
					"figure.operating-funds", "operating_funds"),
			new Plant("unit of operating funds (000)", Seeds.ZHAOXIAN_2017, "日常公用经费1152.9万元", "日常公用经费1152.9元",
					"figure.operating-funds", "operating_funds"),
			new Plant("grading comparator", Seeds.ZHAOXIAN_2017, "\t1、协调督导事项化解率。\n\t85%", "\t1、协调督导事项化解率。\n\t≤85%",
					"indicator.direction", "performance"),
			new Plant("listed part (002)", Seeds.WEIXIAN_2020, "其中人员经费支出预算4051.3万元", "其中人员经费支出预算4061.3万元",
					"text.listed-parts|sum.budget-expenditure|sum.budget-basic", "overview"),
			new Plant("listed 三公 item (002)", Seeds.WEIXIAN_2020, "公务接待费0.8万元。", "公务接待费0.9万元。",
					"text.listed-parts|sum.three-public", "three_public"),
			new Plant("grading comparator (002)", Seeds.WEIXIAN_2020, "\t重点人、重点阵地控制率\n\t≥95%", "\t重点人、重点阵地控制率\n\t≤95%",
					"indicator.direction", "performance"),
			new Plant("total sign word (002)", Seeds.WEIXIAN_2020, "比2019年增加1586.57万元", "比2019年减少1586.57万元",
					"text.change-components|text.change-direction", "overview"),
			new Plant("sign word before its reason (000)", Seeds.ZHAOXIAN_2017, "比去年增加7.37万元，增加原因", "比去年减少7.37万元，增加原因",
					"text.change-direction|text.change-difference", "three_public"));

	@ParameterizedTest
	@FieldSource("PLANTS")
	void theRightRuleFiresAtTheRightPart(Plant plant) {
		String text = Seeds.text(plant.seed());
		assertThat(text).as("the words to change are in the seed once").containsOnlyOnce(plant.written());
		List<Finding> before = errors(text);
		List<Finding> after = errors(text.replace(plant.written(), plant.planted()));
		List<String> expected = java.util.Arrays.stream(plant.rule().split("\\|"))
			.map(r -> r + "@" + plant.part())
			.toList();
		// Found: a finding of the right rule at the right part that the seed does not
		// raise, or raises
		// with other figures (a seed's own mistake at the same place, now with the
		// planted figure in it).
		List<String> seen = before.stream().map(PlantedErrorTests::signature).toList();
		assertThat(after).as(counts(before) + " -> " + counts(after))
			.anyMatch(f -> expected.contains(place(f)) && !seen.contains(signature(f)));
		counts(after).forEach((place, count) -> {
			if (!expected.contains(place)) {
				assertThat(count).as("no other new ERROR: %s", place)
					.isLessThanOrEqualTo(counts(before).getOrDefault(place, 0L));
			}
		});
	}

	private static List<Finding> errors(String text) {
		List<Finding> findings = ShippedChecks.of(SeedTextFindingsTests.document(Seeds.assemble(text), 2020));
		return findings.stream().filter(f -> f.severity() == Severity.ERROR).toList();
	}

	private static Map<String, Long> counts(List<Finding> findings) {
		return findings.stream().collect(Collectors.groupingBy(PlantedErrorTests::place, Collectors.counting()));
	}

	private static String place(Finding finding) {
		return finding.rule() + "@" + finding.part();
	}

	private static String signature(Finding finding) {
		return place(finding) + " " + finding.expected() + " " + finding.actual();
	}

}
