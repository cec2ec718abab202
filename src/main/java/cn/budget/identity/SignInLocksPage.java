package cn.budget.identity;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Administrators see who is held back from signing in, and lift a lock. */
@Controller
class SignInLocksPage {

	static final String VIEW = "identity/sign-in-locks";

	private final SignInGuard guard;

	private final Directory directory;

	SignInLocksPage(SignInGuard guard, Directory directory) {
		this.guard = guard;
		this.directory = directory;
	}

	@GetMapping("/admin/sign-in-locks")
	String list(Model model) {
		model.addAttribute("locks", guard.locks(directory.currentActor()));
		return VIEW;
	}

	@PostMapping("/admin/sign-in-locks/lift")
	String lift(@RequestParam(defaultValue = "USER") String kind, @RequestParam String subject) {
		guard.lift(directory.currentActor(), kind, subject);
		return "redirect:/admin/sign-in-locks?lifted";
	}

}
