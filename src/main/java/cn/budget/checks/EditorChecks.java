package cn.budget.checks;

import java.util.List;

import org.springframework.web.util.UriComponentsBuilder;

/**
 * The checks panel's content: one disclosure's findings and their counts. The drafting
 * page shows it with the page's part (the first view is rendered with the page, from the
 * content the page already read); the panel's own route renders it again when the drafter
 * refreshes it. The page knows neither the panel's template nor its script: both are
 * named here.
 *
 * @param disclosureId the disclosure checked
 * @param findings every finding of the disclosure, in the rules' order; null when the
 * checks could not run with the page (the page's script then fetches the panel)
 * @param summary the counts per part, for the navigation's badges; null with findings
 */
public record EditorChecks(long disclosureId, List<Finding> findings, CheckSummary summary) {

	static EditorChecks of(long disclosureId, List<Finding> findings) {
		return new EditorChecks(disclosureId, List.copyOf(findings), CheckSummary.of(findings));
	}

	static EditorChecks unavailable(long disclosureId) {
		return new EditorChecks(disclosureId, null, null);
	}

	/** Whether the findings came with the page. */
	public boolean available() {
		return findings != null;
	}

	/** The findings of one part, or all of them when no part is given. */
	public List<Finding> forPart(String part) {
		return part == null ? findings : findings.stream().filter(f -> f.part().equals(part)).toList();
	}

	/**
	 * Where the page fetches the panel again, for the given part (path in the
	 * application).
	 */
	public String path(String part) {
		return UriComponentsBuilder.fromPath(ChecksPanel.PATH)
			.queryParam("part", part)
			.buildAndExpand(disclosureId)
			.toUriString();
	}

	/**
	 * The panel's template; its fragment {@code panel} takes {@code checks} and
	 * {@code part}.
	 */
	public String template() {
		return "checks/panel";
	}

	/** The panel's script (counts on the navigation, links to the cells, refresh). */
	public String script() {
		return "/js/checks.js";
	}

}
