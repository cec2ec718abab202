package cn.budget.workflow;

import cn.budget.identity.Directory;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The page of a round being opened in the background: a progress bar its script refreshes
 * from {@code opening.json}, the failed departments with their reasons, and a retry.
 */
@Controller
class RoundOpeningPages {

	static final String VIEW_OPENING = "workflow/round-opening";

	private final Rounds rounds;

	private final Directory directory;

	RoundOpeningPages(Rounds rounds, Directory directory) {
		this.rounds = rounds;
		this.directory = directory;
	}

	@GetMapping("/rounds/{id}/opening")
	String opening(@PathVariable long id, Model model) {
		OpeningProgress progress = rounds.progress(directory.currentActor(), id);
		model.addAttribute("round", rounds.find(id).orElseThrow(() -> new RoundNotFoundException(id)));
		model.addAttribute("progress", progress);
		return VIEW_OPENING;
	}

	@GetMapping("/rounds/{id}/opening.json")
	ResponseEntity<OpeningProgress> progress(@PathVariable long id) {
		return ResponseEntity.ok(rounds.progress(directory.currentActor(), id));
	}

	@PostMapping("/rounds/{id}/opening/retry")
	String retry(@PathVariable long id, RedirectAttributes redirect) {
		rounds.retry(directory.currentActor(), id);
		redirect.addFlashAttribute("notice", "rounds.opening.retried");
		return "redirect:/rounds/" + id + "/opening";
	}

}
