package cn.budget.checks;

import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The effective severity and blocking flag of each rule: its defaults, overridden by
 * configuration.
 */
final class RuleSettings {

	private final Map<String, ChecksProperties.RuleOverride> overrides;

	private RuleSettings(Map<String, ChecksProperties.RuleOverride> overrides) {
		this.overrides = overrides;
	}

	static RuleSettings defaults() {
		return new RuleSettings(Map.of());
	}

	/**
	 * Settings from configuration.
	 * @throws IllegalStateException when a configured id names no rule, so that a typo in
	 * a bureau's configuration does not silently leave a rule as it was
	 */
	static RuleSettings of(Map<String, ChecksProperties.RuleOverride> overrides, Collection<RuleSpec> known) {
		Set<String> ids = known.stream().map(RuleSpec::id).collect(Collectors.toSet());
		Set<String> unknown = new TreeSet<>(overrides.keySet());
		unknown.removeAll(ids);
		if (!unknown.isEmpty()) {
			throw new IllegalStateException(
					"app.checks.rules names unknown rules " + unknown + "; known rules are " + new TreeSet<>(ids));
		}
		return new RuleSettings(Map.copyOf(overrides));
	}

	boolean enabled(RuleSpec spec) {
		ChecksProperties.RuleOverride o = overrides.get(spec.id());
		return o == null || o.enabled() == null || o.enabled();
	}

	Severity severity(RuleSpec spec) {
		ChecksProperties.RuleOverride o = overrides.get(spec.id());
		return o == null || o.severity() == null ? spec.severity() : o.severity();
	}

	boolean blocking(RuleSpec spec) {
		ChecksProperties.RuleOverride o = overrides.get(spec.id());
		return o == null || o.blocking() == null ? spec.blocking() : o.blocking();
	}

	/** The rule as configured. */
	RuleSpec effective(RuleSpec spec) {
		return new RuleSpec(spec.id(), severity(spec), blocking(spec));
	}

}
