package cn.budget.workflow;

import jakarta.servlet.http.HttpServletResponse;

import cn.budget.disclosure.DisclosureQueries;
import cn.budget.identity.Actor;
import cn.budget.identity.Directory;
import cn.budget.review.ReviewPageModel;
import cn.budget.shared.DomainException;
import cn.budget.shared.Messages;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Opens a task with the form its BPMN names: drafters get the drafting form, leaders and
 * reviewers the document with comments, blackline and their decision, the publisher a
 * preview.
 */
@Controller
class TaskPages {

	private final Inbox inbox;

	private final TaskCompletion completion;

	private final ReviewPageModel review;

	private final Directory directory;

	private final Messages messages;

	private final DisclosureQueries disclosures;

	private final TaskForms forms;

	TaskPages(Inbox inbox, TaskCompletion completion, ReviewPageModel review, Directory directory, Messages messages,
			DisclosureQueries disclosures, TaskForms forms) {
		this.forms = forms;
		this.inbox = inbox;
		this.completion = completion;
		this.review = review;
		this.directory = directory;
		this.messages = messages;
		this.disclosures = disclosures;
	}

	@GetMapping("/tasks/{id}")
	String open(@PathVariable String id, Model model) {
		Actor actor = directory.currentActor();
		TaskView task = inbox.task(actor, id);
		return forms.of(task).page() == TaskForm.Page.EDITOR ? editor(actor, task) : form(actor, task, model, null);
	}

	@PostMapping("/tasks/{id}/complete")
	String complete(@PathVariable String id, @RequestParam Decision decision,
			@RequestParam(required = false) String comment, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		Actor actor = directory.currentActor();
		TaskView task = inbox.task(actor, id);
		try {
			completion.complete(actor, id, decision, comment);
			redirect.addFlashAttribute("notice", "task.completed." + decision);
			return "redirect:/tasks";
		}
		catch (DomainException ex) {
			model.addAttribute("comment", comment);
			model.addAttribute("problems", ex.getProperties().get("findings"));
			String message = messages.of(ex);
			if (forms.of(task).page() == TaskForm.Page.EDITOR) {
				redirect.addFlashAttribute("taskError", message);
				redirect.addFlashAttribute("taskComment", comment);
				redirect.addFlashAttribute("taskProblems", ex.getProperties().get("findings"));
				return editor(actor, task);
			}
			response.setStatus(ex.status().value());
			return form(actor, task, model, message);
		}
		catch (AccessDeniedException ex) {
			// The form again, with why; the status tells scripts and the route matrix it
			// was refused.
			response.setStatus(HttpStatus.FORBIDDEN.value());
			return form(actor, task, model, messages.get("error.notYourTask"));
		}
	}

	// Straight to the first part: flash attributes survive one redirect only.
	private String editor(Actor actor, TaskView task) {
		String firstPart = disclosures.content(actor, task.disclosureId()).parts().get(0).key();
		return "redirect:/disclosures/" + task.disclosureId() + "/parts/" + firstPart;
	}

	private String form(Actor actor, TaskView task, Model model, String error) {
		model.addAttribute("task", task);
		model.addAttribute("error", error);
		model.addAllAttributes(review.of(actor, task.disclosureId()));
		TaskForm form = forms.of(task);
		model.addAttribute("decisions", form.offered());
		return form.page().view;
	}

}
