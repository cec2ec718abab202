package cn.budget.checks;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.core.io.DefaultResourceLoader;

/**
 * What indicator names mean is data: the shipped files, extended by a bureau's own.
 */
class KnowledgeTests {

	private final Knowledge shipped = Knowledge.shipped();

	private Direction wanted(Knowledge knowledge, String name) {
		return knowledge.wanted(IndicatorNames.clean(name), null).map(Knowledge.Meaning::direction).orElse(null);
	}

	@Test
	void theHeadWordOfTheNameDecides() {
		assertThat(wanted(shipped, "系统故障率(％)")).isEqualTo(Direction.LOWER);
		assertThat(wanted(shipped, "故障降低率(％)")).isEqualTo(Direction.HIGHER);
		assertThat(wanted(shipped, "交通事故造成财产损失下降率")).isEqualTo(Direction.HIGHER);
		assertThat(wanted(shipped, "驾驶人注册、年检遗漏率")).isEqualTo(Direction.LOWER);
		assertThat(wanted(shipped, "降低犯罪率")).isEqualTo(Direction.HIGHER);
		assertThat(wanted(shipped, "道路交通事故救助基金使用规范率")).isNull();
	}

	@Test
	void aBureauExtendsTheWordsWithItsOwnFile(@TempDir Path dir) throws IOException {
		Path own = dir.resolve("words.json");
		Files.writeString(own, """
				{"directions": {"lower": ["返贫率"]}, "text": {"leftovers": ["（此处略）"]}}""");
		Knowledge extended = Knowledge.load(new DefaultResourceLoader(), List.of(own.toUri().toString()));
		assertThat(wanted(shipped, "脱贫人口返贫率")).isNull();
		assertThat(wanted(extended, "脱贫人口返贫率")).isEqualTo(Direction.LOWER);
		assertThat(wanted(extended, "系统故障率")).isEqualTo(Direction.LOWER);
		assertThat(extended.patterns().leftover("具体内容（此处略）")).isEqualTo("（此处略）");
	}

	@Test
	void aBureauExtendsTheSharedFigureWordsTheChecksRead(@TempDir Path dir) throws IOException {
		Path own = dir.resolve("figures.json");
		Files.writeString(own, """
				{"text": {"up": ["提高"], "figures": [{"table": "three_public", "rows": {"reception": ["接待费"]}}]}}""");
		Knowledge extended = Knowledge.load(new DefaultResourceLoader(), List.of(own.toUri().toString()));
		assertThat(shipped.patterns().saysChange("经费提高了")).isFalse();
		assertThat(extended.patterns().saysChange("经费提高了")).isTrue();
		assertThat(reception(shipped)).contains("公务接待费").doesNotContain("接待费");
		assertThat(reception(extended)).contains("公务接待费", "接待费");
		KnowledgeFile.FigureSource threePublic = extended.text()
			.figures()
			.stream()
			.filter(f -> f.table().equals("three_public"))
			.findFirst()
			.orElseThrow();
		assertThat(threePublic.field()).isEqualTo("three_public_text");
		assertThat(threePublic.change()).isEqualTo("change");
	}

	private static List<String> reception(Knowledge knowledge) {
		return knowledge.text()
			.figures()
			.stream()
			.filter(f -> f.table().equals("three_public"))
			.flatMap(f -> f.rows().getOrDefault("reception", List.of()).stream())
			.toList();
	}

	@Test
	void namesDeclareTheirUnitInBrackets() {
		assertThat(IndicatorNames.declaredUnit("交通事故处置及时性（小时）")).isEqualTo("小时");
		assertThat(IndicatorNames.declaredUnit("数据共享率（﹪）")).isEqualTo("%");
		assertThat(IndicatorNames.declaredUnit("设备预设功能达标率(100％)")).isNull();
		assertThat(IndicatorNames.declaredUnit("合理性")).isNull();
	}

}
