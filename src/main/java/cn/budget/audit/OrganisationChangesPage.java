package cn.budget.audit;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * {@code /admin/organisation/changes}: who changed which unit, person or account, old →
 * new, newest first. Administrators only.
 */
@Controller
class OrganisationChangesPage {

	static final String VIEW_CHANGES = "audit/organisation-changes";

	private final OrganisationChanges changes;

	OrganisationChangesPage(OrganisationChanges changes) {
		this.changes = changes;
	}

	@GetMapping("/admin/organisation/changes")
	String changes(Model model) {
		model.addAttribute("changes", changes.forAdministrator());
		return VIEW_CHANGES;
	}

}
