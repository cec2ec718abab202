package cn.budget.workflow;

import java.time.LocalDate;
import java.util.List;

import cn.budget.identity.Actor;
import cn.budget.identity.Directory;
import cn.budget.shared.DomainException;
import cn.budget.shared.Messages;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The supervisor's page to open a year's round and see the rounds opened so far.
 */
@Controller
class RoundPages {

	static final String VIEW_ROUNDS = "workflow/rounds";

	private final Rounds rounds;

	private final Directory directory;

	private final Messages messages;

	RoundPages(Rounds rounds, Directory directory, Messages messages) {
		this.rounds = rounds;
		this.directory = directory;
		this.messages = messages;
	}

	@GetMapping("/rounds")
	String rounds(Model model) {
		return page(model, null, null, null, List.of(), null);
	}

	@PostMapping("/rounds")
	String open(@RequestParam(required = false) Integer fiscalYear, @RequestParam(required = false) String template,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate approvalDate,
			@RequestParam(name = "departmentCodes", required = false) List<String> departmentCodes, Model model,
			RedirectAttributes redirect) {
		Actor actor = directory.currentActor();
		List<String> departments = departmentCodes == null ? List.of() : departmentCodes;
		if (fiscalYear == null || template == null || approvalDate == null || departments.isEmpty()) {
			return page(model, fiscalYear, template, approvalDate, departments, messages.get("rounds.incomplete"));
		}
		try {
			RoundOpened opened = rounds.open(actor, new NewRound(fiscalYear, template, approvalDate, departments));
			if (opened.inBackground()) {
				redirect.addFlashAttribute("notice", "rounds.accepted");
				redirect.addFlashAttribute("openedCount", departments.size());
				return "redirect:/rounds/" + opened.id() + "/opening";
			}
			redirect.addFlashAttribute("notice", "rounds.opened");
			redirect.addFlashAttribute("openedCount", opened.disclosures().size());
			return "redirect:/rounds";
		}
		catch (DomainException ex) {
			return page(model, fiscalYear, template, approvalDate, departments, messages.of(ex));
		}
	}

	private String page(Model model, Integer year, String template, LocalDate approvalDate, List<String> chosen,
			String error) {
		model.addAttribute("rounds", rounds.all());
		model.addAttribute("departments", directory.budgetDepartments());
		model.addAttribute("year", year);
		model.addAttribute("template", template == null ? "BUDGET" : template);
		model.addAttribute("approvalDate", approvalDate);
		model.addAttribute("chosen", chosen);
		model.addAttribute("error", error);
		return VIEW_ROUNDS;
	}

}
