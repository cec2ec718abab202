package cn.budget.checks;

import cn.budget.content.DisclosureContent;

import cn.budget.disclosure.DisclosureQueries;
import cn.budget.identity.Directory;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The checks panel of the drafter's editor as an HTML fragment, for the panel's refresh
 * button and for a page that came without it ({@link ChecksEditorPanel} puts the first
 * one on the page): the part's findings with links to their cells, and the counts per
 * part for the navigation's badges.
 */
@Controller
class ChecksPanel {

	static final String VIEW_PANEL = "checks/panel :: panel";

	static final String PATH = "/disclosures/{id}/checks/panel";

	private final DisclosureQueries queries;

	private final DisclosureChecks checks;

	private final Directory directory;

	ChecksPanel(DisclosureQueries queries, DisclosureChecks checks, Directory directory) {
		this.queries = queries;
		this.checks = checks;
		this.directory = directory;
	}

	@GetMapping(PATH)
	String panel(@PathVariable long id, @RequestParam(required = false) String part, Model model) {
		DisclosureContent document = queries.content(directory.currentActor(), id);
		model.addAttribute("checks", EditorChecks.of(document.id(), checks.check(document)));
		model.addAttribute("part", part);
		return VIEW_PANEL;
	}

}
