package cn.budget.identity;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

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
 * {@code /admin/users}: people, searched by name, unit or role, and the form to create or
 * change one, set an initial password, deactivate or reactivate. Administrators only.
 */
@Controller
class UserPages {

	static final String VIEW_USERS = "admin/users";

	private final Organisation organisation;

	private final PeopleAdministration people;

	private final OrganisationAccess access;

	private final Messages messages;

	UserPages(Organisation organisation, PeopleAdministration people, OrganisationAccess access, Messages messages) {
		this.organisation = organisation;
		this.people = people;
		this.access = access;
		this.messages = messages;
	}

	@GetMapping("/admin/users")
	String users(@RequestParam(required = false) String q, @RequestParam(required = false) String role,
			@RequestParam(required = false) String edit, Model model) {
		access.peopleManager();
		PersonRecord editing = edit == null ? null : organisation.person(edit)
			.orElseThrow(() -> OrganisationException.notFound("username", "organisation.person.unknown", edit));
		return page(model, q, role, editing == null ? new PersonForm() : PersonForm.of(editing),
				editing == null ? null : editing.username());
	}

	@PostMapping("/admin/users")
	String create(@ModelAttribute("form") PersonForm form, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		Actor actor = access.peopleManager();
		try {
			PersonRecord created = people.create(actor.username(), form.draft(), form.getPassword());
			return saved(redirect, created);
		}
		catch (OrganisationException ex) {
			OrganisationPageErrors.show(ex, messages, model, response);
			return page(model, null, null, form, null);
		}
	}

	@PostMapping("/admin/users/{username}")
	String update(@PathVariable String username, @ModelAttribute("form") PersonForm form, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		Actor actor = access.peopleManager();
		try {
			PersonRecord changed = people.update(actor.username(), username, form.draft(), form.getPassword());
			return saved(redirect, changed);
		}
		catch (OrganisationException ex) {
			OrganisationPageErrors.show(ex, messages, model, response);
			form.setUsername(username);
			return page(model, null, null, form, username);
		}
	}

	private static String saved(RedirectAttributes redirect, PersonRecord person) {
		redirect.addFlashAttribute("saved", person.username());
		return "redirect:/admin/users";
	}

	private String page(Model model, String q, String role, PersonForm form, String editing) {
		form.setPassword(null);
		Map<String, String> unitNames = organisation.units()
			.stream()
			.collect(Collectors.toMap(UnitRecord::code, UnitRecord::name));
		model.addAttribute("people", search(q, role, unitNames));
		model.addAttribute("unitNames", unitNames);
		model.addAttribute("q", q);
		model.addAttribute("role", role);
		model.addAttribute("roles", Role.values());
		model.addAttribute("form", form);
		model.addAttribute("editing", editing);
		return VIEW_USERS;
	}

	/**
	 * People whose username, name, unit code or unit name contains the text, with the
	 * role if chosen.
	 */
	private List<PersonRecord> search(String q, String role, Map<String, String> unitNames) {
		String text = q == null ? "" : q.strip().toLowerCase(Locale.ROOT);
		Function<PersonRecord, String> haystack = p -> String
			.join(" ", p.username(), p.displayName(), String.valueOf(p.unitCode()),
					unitNames.getOrDefault(p.unitCode(), ""))
			.toLowerCase(Locale.ROOT);
		return organisation.people()
			.stream()
			.filter(p -> role == null || role.isBlank() || p.role().name().equals(role))
			.filter(p -> text.isEmpty() || haystack.apply(p).contains(text))
			.toList();
	}

}
