package cn.budget.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

import cn.budget.checks.Finding;
import cn.budget.checks.Severity;
import cn.budget.checks.ShippedChecks;
import cn.budget.disclosure.CellContent;
import cn.budget.disclosure.PartContent;
import cn.budget.disclosure.RowContent;
import cn.budget.disclosure.TableContent;
import cn.budget.content.TargetValue;
import cn.budget.content.ValueParser;
import cn.budget.template.ColumnDefinition;
import cn.budget.template.TableDefinition;
import cn.budget.template.ValueType;
import cn.budget.exchange.placing.Assembly;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/**
 * The variant corpus of the evaluation (docs/checks.md): each seed rewritten as other
 * counties write the same document ({@link Variants}), imported, and expected to give the
 * seed's figures part by part and the seed's ERRORs, no more and no fewer. Amounts are
 * compared in 万元, so a table kept in 元 gives the same figures (the documented difference:
 * its unit of measure says 元).
 */
class VariantCorpusTests {

	static final List<Variants.Variant> VARIANTS = corpus();

	private static List<Variants.Variant> corpus() {
		List<Variants.Variant> variants = new ArrayList<>();
		for (String seed : Seeds.ALL) {
			variants.add(new Variants.Variant("parts as 第一部分", seed,
					t -> Variants.renumbered(t, n -> "第" + Variants.chinese(n) + "部分 ")));
			variants.add(new Variants.Variant("parts as 1.", seed, t -> Variants.renumbered(t, n -> n + ". ")));
			variants.add(new Variants.Variant("parts as （一）", seed,
					t -> Variants.renumbered(t, n -> "（" + Variants.chinese(n) + "）")));
			variants.add(new Variants.Variant("parts unnumbered", seed, t -> Variants.renumbered(t, n -> "")));
			variants.add(new Variants.Variant("field residue", seed, Variants::withFieldResidue));
			variants.add(new Variants.Variant("parts shuffled", seed, Variants::shuffled));
		}
		variants
			.add(new Variants.Variant("other column spellings", Seeds.PINGXIANG_2020, Variants::otherColumnSpellings));
		variants.add(new Variants.Variant("assets table in 元", Seeds.PINGXIANG_2020, Variants::assetsInYuan));
		return variants;
	}

	@ParameterizedTest
	@FieldSource("VARIANTS")
	void aVariantGivesTheSeedsFiguresAndErrors(Variants.Variant variant) {
		Assembly seed = Seeds.assemble(Seeds.text(variant.seed()));
		Assembly other = Seeds.assemble(variant.text());
		assertThat(other.draft().template().code()).isEqualTo("BUDGET");
		assertThat(figures(other)).isEqualTo(figures(seed));
		assertThat(errors(other)).isEqualTo(errors(seed));
	}

	@Test
	void theAssetsTableInYuanKeepsItsUnit() {
		Assembly other = Seeds.assemble(Variants.assetsInYuan(Seeds.text(Seeds.PINGXIANG_2020)));
		TableContent assets = Placed.part(other, "assets").tables("asset_holdings").get(0);
		assertThat(assets.getUnitOfMeasure()).isEqualTo("元");
		assertThat(assets.getRows().get(0).text("value")).isEqualTo("68116900");
	}

	@Test
	void aPerformanceTextAloneIsOneWithTheSeedsProjects() {
		Assembly seed = Seeds.assemble(Seeds.text(Seeds.PINGXIANG_2020));
		Assembly alone = Seeds.assemble(Variants.performanceText(Seeds.text(Seeds.PINGXIANG_2020)));
		assertThat(alone.draft().template().code()).isEqualTo("PERFORMANCE");
		assertThat(figures(alone).get("project_performance")).isNotEmpty()
			.isEqualTo(figures(seed).get("performance")
				.stream()
				.filter(f -> f.startsWith("project_performance#"))
				.toList());
		assertThat(Placed.part(alone, "project_performance").getTables())
			.hasSameSizeAs(Placed.part(seed, "performance").tables("project_performance"));
		assertThat(Placed.part(alone, "overall_performance").getFields().get("overall_goal").getValue())
			.isEqualTo(Placed.part(seed, "performance").getFields().get("overall_goal").getValue());
		// The seed's one wrong comparator, now at the projects' part; nothing missing,
		// nothing else.
		assertThat(errors(alone)).containsOnlyKeys("indicator.direction@project_performance");
	}

	/**
	 * Per part, its figures: every field, header value and cell that reads as a number,
	 * amounts in 万元.
	 */
	static Map<String, List<String>> figures(Assembly assembly) {
		Map<String, List<String>> figures = new TreeMap<>();
		for (PartContent part : Placed.parts(assembly)) {
			List<String> list = new ArrayList<>();
			part.getFields().forEach((key, cell) -> figure(cell, null, null).ifPresent(v -> list.add(key + "=" + v)));
			Map<String, Integer> seen = new TreeMap<>();
			for (TableContent table : part.getTables()) {
				tableFigures(assembly, table, table.getKey() + "#" + seen.merge(table.getKey(), 1, Integer::sum), list);
			}
			if (!list.isEmpty()) {
				figures.put(part.getKey(), list.stream().sorted().toList());
			}
		}
		return figures;
	}

	/**
	 * A table's figures, each named from {@code prefix} (its key and number in the part).
	 */
	private static void tableFigures(Assembly assembly, TableContent table, String prefix, List<String> list) {
		TableDefinition definition = assembly.draft()
			.template()
			.parts()
			.stream()
			.flatMap(p -> p.table(table.getKey()).stream())
			.findFirst()
			.orElseThrow();
		list.add(prefix + ".rows=" + table.getRows().size());
		table.getHeader()
			.forEach((key, cell) -> figure(cell, column(definition.header(), key), table)
				.ifPresent(v -> list.add(prefix + "." + key + "=" + v)));
		for (int r = 0; r < table.getRows().size(); r++) {
			RowContent row = table.getRows().get(r);
			String at = prefix + "[" + (row.getKey() == null ? r : row.getKey()) + "].";
			row.getCells()
				.forEach((key, cell) -> figure(cell, column(definition.columns(), key), table)
					.ifPresent(v -> list.add(at + key + "=" + v)));
		}
	}

	private static ColumnDefinition column(List<ColumnDefinition> columns, String key) {
		return columns.stream().filter(c -> c.key().equals(key)).findFirst().orElse(null);
	}

	private static Optional<String> figure(CellContent cell, ColumnDefinition column, TableContent table) {
		if (cell != null && column != null && column.type() == ValueType.TARGET) {
			TargetValue target = TargetValue.parse(cell.trimmed());
			return Optional
				.ofNullable(target == null || target.kind() == TargetValue.Kind.TEXT ? null : target.comparator()
						+ (target.number() == null ? target.date() : target.number() + target.unit()));
		}
		BigDecimal value = cell == null ? null : ValueParser.written(cell.trimmed()).decimal();
		if (value == null) {
			return Optional.empty();
		}
		if (column != null && column.type() == ValueType.AMOUNT && "元".equals(table.getUnitOfMeasure())) {
			value = value.movePointLeft(4);
		}
		return Optional.of(value.stripTrailingZeros().toPlainString());
	}

	static Map<String, Long> errors(Assembly assembly) {
		List<Finding> findings = ShippedChecks.of(SeedTextFindingsTests.document(assembly, 2020));
		return findings.stream()
			.filter(f -> f.severity() == Severity.ERROR)
			.collect(Collectors.groupingBy(f -> f.rule() + "@" + f.part(), TreeMap::new, Collectors.counting()));
	}

}
