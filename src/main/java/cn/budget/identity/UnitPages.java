package cn.budget.identity;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import cn.budget.shared.Messages;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /admin/units}: the departments with their units, active or not, and the form to
 * create or change one. Administrators, and supervisors for the county's departments (not
 * the finance bureau).
 */
@Controller
class UnitPages {

	static final String VIEW_UNITS = "admin/units";

	private final Organisation organisation;

	private final OrganisationAccess access;

	private final Messages messages;

	UnitPages(Organisation organisation, OrganisationAccess access, Messages messages) {
		this.organisation = organisation;
		this.access = access;
		this.messages = messages;
	}

	/** A department with its units, as the page's tree shows it. */
	record Branch(UnitRecord department, List<UnitRecord> units) {
	}

	@GetMapping("/admin/units")
	String units(@RequestParam(defaultValue = "active") String status, @RequestParam(required = false) String edit,
			Model model) {
		access.unitManager();
		UnitRecord editing = edit == null ? null : organisation.unit(edit)
			.orElseThrow(() -> OrganisationException.notFound("code", "organisation.unit.unknown", edit));
		return page(model, status, editing == null ? new UnitForm() : UnitForm.of(editing),
				editing == null ? null : editing.code());
	}

	@PostMapping("/admin/units")
	String create(@ModelAttribute("form") UnitForm form, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		try {
			Actor actor = access.unitManagerFor(form.getCode(), form.getParentCode());
			UnitRecord created = organisation.createUnit(actor.username(), form.draft());
			return saved(redirect, created);
		}
		catch (OrganisationException ex) {
			OrganisationPageErrors.show(ex, messages, model, response);
			return page(model, "all", form, null);
		}
	}

	@PostMapping("/admin/units/{code}")
	String update(@PathVariable String code, @ModelAttribute("form") UnitForm form, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		try {
			Actor actor = access.unitManagerFor(code, form.getParentCode());
			UnitRecord changed = organisation.updateUnit(actor.username(), code, form.draft());
			return saved(redirect, changed);
		}
		catch (OrganisationException ex) {
			OrganisationPageErrors.show(ex, messages, model, response);
			form.setCode(code);
			return page(model, "all", form, code);
		}
	}

	private static String saved(RedirectAttributes redirect, UnitRecord unit) {
		redirect.addFlashAttribute("saved", unit.code());
		redirect.addAttribute("status", "all");
		return "redirect:/admin/units";
	}

	private String page(Model model, String status, UnitForm form, String editing) {
		model.addAttribute("tree", tree(filter(status)));
		model.addAttribute("status", status);
		model.addAttribute("form", form);
		model.addAttribute("editing", editing);
		model.addAttribute("natures", UnitNature.values());
		model.addAttribute("fundingForms", FundingForm.values());
		model.addAttribute("departments", organisation.units().stream().filter(UnitRecord::department).toList());
		return VIEW_UNITS;
	}

	private static Predicate<UnitRecord> filter(String status) {
		return switch (status) {
			case "inactive" -> u -> !u.active();
			case "all" -> u -> true;
			default -> UnitRecord::active;
		};
	}

	/**
	 * Departments in code order, each with its units that pass; a department shows if it
	 * or a unit passes.
	 */
	private List<Branch> tree(Predicate<UnitRecord> shown) {
		List<Branch> tree = new ArrayList<>();
		List<UnitRecord> all = organisation.units();
		for (UnitRecord department : all.stream().filter(UnitRecord::department).toList()) {
			List<UnitRecord> units = all.stream()
				.filter(u -> department.code().equals(u.parentCode()))
				.filter(shown)
				.toList();
			if (shown.test(department) || !units.isEmpty()) {
				tree.add(new Branch(department, units));
			}
		}
		return tree;
	}

}
