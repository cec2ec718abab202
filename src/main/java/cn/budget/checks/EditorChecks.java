package cn.budget.checks;

import java.util.List;

/**
 * The checks panel's content: one disclosure's findings and their counts. The drafting
 * page shows it with the page's part (the first view is rendered with the page, from the
 * content the page already read); the panel's own route renders it again after a save.
 *
 * @param disclosureId the disclosure checked
 * @param findings every finding of the disclosure, in the rules' order
 * @param summary the counts per part, for the navigation's badges
 */
public record EditorChecks(long disclosureId, List<Finding> findings, CheckSummary summary) {

	static EditorChecks of(long disclosureId, List<Finding> findings) {
		return new EditorChecks(disclosureId, List.copyOf(findings), CheckSummary.of(findings));
	}

	/** The findings of one part, or all of them when no part is given. */
	public List<Finding> of(String part) {
		return part == null ? findings : findings.stream().filter(f -> f.part().equals(part)).toList();
	}

	/**
	 * Where the page fetches the panel again, for the given part (path in the
	 * application).
	 */
	public String path(String part) {
		return "/disclosures/" + disclosureId + "/checks/panel?part=" + part;
	}

}
