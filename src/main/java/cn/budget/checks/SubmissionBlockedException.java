package cn.budget.checks;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.budget.shared.DomainException;

/**
 * A submission refused because of blocking findings: a conflict (409 in the API) whose problem
 * details list the findings (rule, part, anchor, expected, actual) for the caller to fix.
 */
public class SubmissionBlockedException extends DomainException {

	private final transient List<Finding> findings;

	public SubmissionBlockedException(List<Finding> findings) {
		super(Kind.CONFLICT, "checks.blocked", findings.size() + " blocking findings", findings.size());
		this.findings = List.copyOf(findings);
		property("findings", findings.stream().map(SubmissionBlockedException::describe).toList());
	}

	public List<Finding> getFindings() {
		return findings;
	}

	private static Map<String, Object> describe(Finding f) {
		Map<String, Object> map = new LinkedHashMap<>();
		map.put("rule", f.rule());
		map.put("severity", f.severity());
		map.put("part", f.part());
		map.put("anchor", f.location().anchor());
		map.put("expected", f.expected());
		map.put("actual", f.actual());
		return map;
	}

}
