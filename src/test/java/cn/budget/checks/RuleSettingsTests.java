package cn.budget.checks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * A finance bureau changes a rule's severity and blocking flag, or switches it off, in
 * configuration.
 */
class RuleSettingsTests {

	private static final List<RuleSpec> RULES = CheckEngine.rules(CheckEngine.standardChecks());

	private static List<Finding> withSettings(Map<String, ChecksProperties.RuleOverride> overrides) {
		CheckEngine engine = new CheckEngine(CheckEngine.standardChecks(), RuleSettings.of(overrides, RULES),
				Knowledge.shipped());
		return engine.run(Seed001Figures.document().view(), Docs.template("BUDGET"), CheckContext.none());
	}

	@Test
	void byDefaultOnlyCompletenessRulesBlock() {
		assertThat(RULES).filteredOn(RuleSpec::blocking)
			.extracting(RuleSpec::id)
			.allMatch(id -> id.startsWith("completeness.") || id.equals("text.leftover"));
	}

	@Test
	void aBureauMakesARuleBlockingOrChangesItsSeverity() {
		var blocking = new ChecksProperties.RuleOverride(null, true, null);
		var warning = new ChecksProperties.RuleOverride(Severity.WARNING, null, null);
		List<Finding> findings = withSettings(
				Map.of("figure.operating-funds", blocking, "sum.planned-assets", warning));
		assertThat(findings).filteredOn(f -> f.rule().equals("figure.operating-funds"))
			.singleElement()
			.satisfies(f -> assertThat(f.blocking()).isTrue());
		assertThat(findings).filteredOn(f -> f.rule().equals("sum.planned-assets"))
			.singleElement()
			.satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.WARNING));
	}

	@Test
	void aBureauSwitchesARuleOff() {
		var off = new ChecksProperties.RuleOverride(null, null, false);
		assertThat(withSettings(Map.of("indicator.category", off)))
			.noneMatch(f -> f.rule().equals("indicator.category"));
	}

	@Test
	void anUnknownRuleIdIsRefusedSoThatATypoIsNoticed() {
		assertThatIllegalStateException()
			.isThrownBy(() -> RuleSettings
				.of(Map.of("sum.three-publik", new ChecksProperties.RuleOverride(null, true, null)), RULES))
			.withMessageContaining("sum.three-publik");
	}

}
