package cn.budget.checks;

import java.util.List;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * What a finance bureau configures without code: per rule
 * ({@code app.checks.rules.<ruleId>}) its severity, whether it blocks submission and
 * whether it runs at all; and extra knowledge files ({@code app.checks.knowledge}, Spring
 * resource locations such as {@code file:/etc/budget/words.json}) that extend the shipped
 * indicator directions, category words and text words.
 *
 * @param rules overrides by rule id; unknown ids are refused at start-up
 * @param knowledge extra knowledge files, read after the shipped ones
 */
@ConfigurationProperties("app.checks")
record ChecksProperties(Map<String, RuleOverride> rules, List<String> knowledge) {

	ChecksProperties {
		rules = rules == null ? Map.of() : Map.copyOf(rules);
		knowledge = knowledge == null ? List.of() : List.copyOf(knowledge);
	}

	/**
	 * One rule's configuration; what is left out keeps the rule's default.
	 *
	 * @param severity ERROR, WARNING or INFO
	 * @param blocking whether findings of the rule prevent submission
	 * @param enabled false to switch the rule off
	 */
	record RuleOverride(Severity severity, Boolean blocking, Boolean enabled) {
	}

}
