package cn.budget.identity;

import java.time.LocalDate;

import jakarta.servlet.http.HttpServletResponse;

import cn.budget.shared.DomainException;
import cn.budget.shared.Messages;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The signed-in person's absence: name a substitute for some days, or cancel one.
 */
@Controller
class AbsencePage {

	static final String VIEW_ABSENCE = "account/absence";

	private final Substitutes substitutes;

	private final Directory directory;

	private final Messages messages;

	AbsencePage(Substitutes substitutes, Directory directory, Messages messages) {
		this.substitutes = substitutes;
		this.directory = directory;
		this.messages = messages;
	}

	@GetMapping("/account/absence")
	String show(Model model) {
		return form(model, null, null);
	}

	@PostMapping("/account/absence")
	String name(@RequestParam(required = false) String substitute,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		Actor actor = directory.currentActor();
		NewSubstitution request = new NewSubstitution(substitute, from, to);
		try {
			substitutes.name(actor, actor.username(), request);
			redirect.addFlashAttribute("notice", "absence.named");
			return "redirect:/account/absence";
		}
		catch (DomainException ex) {
			// The form again with what was entered and why it was refused.
			response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
			return form(model, request, messages.of(ex));
		}
	}

	@PostMapping("/account/absence/{id}/cancel")
	String cancel(@PathVariable long id, RedirectAttributes redirect) {
		substitutes.cancel(directory.currentActor(), id);
		redirect.addFlashAttribute("notice", "absence.cancelled");
		return "redirect:/account/absence";
	}

	private String form(Model model, NewSubstitution entered, String error) {
		Actor actor = directory.currentActor();
		model.addAttribute("substitutions", substitutes.of(actor.username()));
		model.addAttribute("colleagues", substitutes.colleaguesOf(actor.username()));
		model.addAttribute("entered", entered == null ? new NewSubstitution(null, null, null) : entered);
		model.addAttribute("error", error);
		model.addAttribute("me", actor.username());
		return VIEW_ABSENCE;
	}

}
