package cn.budget.disclosure;

import java.util.List;
import java.util.Map;

import cn.budget.content.DisclosureContent;
import cn.budget.template.PartDefinition;
import cn.budget.template.RowRole;
import cn.budget.template.TemplateDefinition;
import cn.budget.identity.Actor;
import cn.budget.identity.Directory;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * The model of the drafting page for one part: the document, what the actor may change,
 * the part's form and what later features add ({@link EditorExtension}).
 */
@Component
class EditorPage {

	private final DisclosureQueries queries;

	private final Directory directory;

	private final List<EditorExtension> extensions;

	EditorPage(DisclosureQueries queries, Directory directory, List<EditorExtension> extensions) {
		this.queries = queries;
		this.directory = directory;
		this.extensions = extensions;
	}

	String show(Model model, Actor actor, DisclosureDocument document, PartForm form) {
		TemplateDefinition template = queries.templateOf(document);
		PartDefinition part = template.part(form.getKey()).orElseThrow();
		model.addAttribute("document", document);
		model.addAttribute("template", template);
		model.addAttribute("part", part);
		model.addAttribute("form", form);
		model.addAttribute("scope", queries.editScope(actor, document));
		model.addAttribute("units", directory.unitsOf(document.getDepartmentCode()));
		model.addAttribute("locked", !document.getState().isEditable());
		model.addAttribute("storedPart", document.part(form.getKey()).orElseThrow());
		model.addAttribute("emptyRow", new RowContent());
		model.addAttribute("rowRoles", RowRole.values());
		if (!model.containsAttribute("errors")) {
			model.addAttribute("errors", Map.of());
		}
		DisclosureContent content = document.view();
		extensions.forEach(extension -> model.addAllAttributes(extension.model(actor, content)));
		model.addAttribute("filled",
				document.getParts()
					.stream()
					.filter(p -> Boolean.TRUE.equals(p.getFilled()))
					.map(PartContent::getKey)
					.toList());
		return DisclosurePages.VIEW_EDIT;
	}

}
