package cn.budget.disclosure;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import cn.budget.content.DisclosureContent;
import cn.budget.identity.Actor;
import cn.budget.identity.DepartmentFilter;
import cn.budget.identity.Directory;
import cn.budget.shared.ContentError;
import cn.budget.shared.Messages;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The drafting pages: the list of disclosures in the caller's scope, creating one, and
 * the editor with navigation by part.
 */
@Controller
class DisclosurePages {

	static final String VIEW_LIST = "disclosures/list";

	static final String VIEW_NEW = "disclosures/new";

	static final String VIEW_EDIT = "disclosures/edit";

	private final DisclosureQueries queries;

	private final DisclosureDrafting drafting;

	private final Directory directory;

	private final Messages messages;

	private final EditorPage editor;

	DisclosurePages(DisclosureQueries queries, DisclosureDrafting drafting, Directory directory, Messages messages,
			EditorPage editor) {
		this.queries = queries;
		this.drafting = drafting;
		this.directory = directory;
		this.messages = messages;
		this.editor = editor;
	}

	@InitBinder("form")
	void limitTables(WebDataBinder binder) {
		// A posted index beyond the limit is refused (PageErrors answers 400) instead of
		// building that many empty rows or tables first.
		binder.setAutoGrowCollectionLimit(ContentValidator.MAX_ROWS);
	}

	@GetMapping("/disclosures")
	String list(@RequestParam(required = false) Integer year, @RequestParam(required = false) String department,
			Model model) {
		Actor actor = directory.currentActor();
		DepartmentFilter filter = directory.departmentFilter(department, actor.seesAllDepartments());
		model.addAttribute("disclosures", queries.list(actor, year, filter.code()));
		model.addAttribute("departments", filter.offered());
		model.addAttribute("year", year);
		model.addAttribute("department", filter.code());
		model.addAttribute("mayCreate", DraftingPermissions.mayCreateAny(actor));
		return VIEW_LIST;
	}

	@GetMapping("/disclosures/new")
	String initCreationForm(Model model) {
		Actor actor = directory.currentActor();
		NewDisclosureForm form = new NewDisclosureForm();
		form.setDepartmentCode(actor.seesAllDepartments() ? null : actor.departmentCode());
		return creationForm(model, actor, form);
	}

	@PostMapping("/disclosures")
	String processCreationForm(@Valid @ModelAttribute("form") NewDisclosureForm form, BindingResult result,
			Model model) {
		Actor actor = directory.currentActor();
		if (!result.hasErrors()) {
			try {
				DisclosureContent created = drafting.create(actor, form.toRequest());
				return "redirect:/disclosures/" + created.id();
			}
			catch (ContentInvalidException ex) {
				ex.getErrors().forEach(e -> reject(result, e));
			}
			catch (DuplicateDisclosureException ex) {
				result.reject("error.duplicate", messages.get("error.duplicate"));
				model.addAttribute("existingId", ex.getExistingId());
			}
		}
		return creationForm(model, actor, form);
	}

	@GetMapping("/disclosures/{id}")
	String open(@PathVariable long id) {
		DisclosureDocument document = queries.document(directory.currentActor(), id);
		return "redirect:/disclosures/" + id + "/parts/" + document.getParts().get(0).getKey();
	}

	@GetMapping("/disclosures/{id}/parts/{partKey}")
	String initUpdateForm(@PathVariable long id, @PathVariable String partKey, Model model) {
		Actor actor = directory.currentActor();
		DisclosureDocument document = queries.document(actor, id);
		PartContent part = document.part(partKey).orElseThrow(() -> new DisclosureNotFoundException(id));
		return editor.show(model, actor, document, PartForm.of(part, document.getVersion()));
	}

	@PostMapping("/disclosures/{id}/parts/{partKey}")
	String processUpdateForm(@PathVariable long id, @PathVariable String partKey, @ModelAttribute("form") PartForm form,
			BindingResult result, @RequestParam(name = "_action", required = false) String action, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		Actor actor = directory.currentActor();
		form.setKey(partKey);
		DisclosureDocument stored = queries.document(actor, id);
		PartContent storedPart = stored.part(partKey).orElseThrow(() -> new DisclosureNotFoundException(id));
		EditScope scope = queries.editScope(actor, stored);
		EditorActions.restoreReadOnlyTables(form, storedPart, scope);
		if (action != null && !action.isBlank()) {
			EditorActions.apply(action, form, queries.templateOf(stored), scope);
			model.addAttribute("notice", "editor.unsavedAction");
			return editor.show(model, actor, stored, form);
		}
		Map<String, String> errors = new LinkedHashMap<>();
		result.getFieldErrors()
			.forEach(e -> errors.put(e.getField(), messages.get("validation.binding", e.getRejectedValue())));
		if (errors.isEmpty() && saved(actor, id, form, errors, model, response)) {
			redirect.addFlashAttribute("notice", "editor.saved");
			return "redirect:/disclosures/" + id + "/parts/" + partKey;
		}
		if (!errors.isEmpty()) {
			// Refused, and the page shows what was typed with the reasons beside it.
			response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
			model.addAttribute("alert", "editor.invalid");
			model.addAttribute("errors", errors);
		}
		return editor.show(model, actor, stored, form);
	}

	/**
	 * Saves the part; when refused, what is wrong goes into the errors or the model's
	 * alert.
	 */
	private boolean saved(Actor actor, long id, PartForm form, Map<String, String> errors, Model model,
			HttpServletResponse response) {
		try {
			drafting.savePart(actor, id, form.getKey(), form, form.getVersion() == null ? -1 : form.getVersion());
			return true;
		}
		catch (ContentInvalidException ex) {
			ex.getErrors().forEach(e -> errors.put(e.path(), messages.get(e.messageKey(), e.args())));
		}
		catch (StaleVersionException | ObjectOptimisticLockingFailureException ex) {
			response.setStatus(HttpStatus.CONFLICT.value());
			model.addAttribute("alert", "editor.stale");
		}
		catch (IllegalDisclosureStateException ex) {
			// Submitted by somebody else meanwhile: what was typed stays on the page.
			response.setStatus(HttpStatus.CONFLICT.value());
			model.addAttribute("alert", "editor.noLongerEditable");
		}
		return false;
	}

	private String creationForm(Model model, Actor actor, NewDisclosureForm form) {
		model.addAttribute("form", form);
		model.addAttribute("departments", actor.seesAllDepartments() ? directory.budgetDepartments()
				: directory.department(actor.departmentCode()).stream().toList());
		return VIEW_NEW;
	}

	private void reject(BindingResult result, ContentError error) {
		Locale locale = LocaleContextHolder.getLocale();
		result.rejectValue(error.path(), error.messageKey(), messages.localise(locale, error.args()),
				messages.get(locale, error.messageKey(), error.args()));
	}

}
