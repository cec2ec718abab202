package cn.budget.identity;

import cn.budget.shared.Messages;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Where a one-time link from a mail leads: the person chooses their password once,
 * without being signed in (the link's token is the proof), then signs in with it.
 */
@Controller
class ActivationPage {

	static final String VIEW = "identity/activate";

	private final PasswordLinks links;

	private final Messages messages;

	ActivationPage(PasswordLinks links, Messages messages) {
		this.links = links;
		this.messages = messages;
	}

	@GetMapping(PasswordLinks.PATH)
	String initActivationForm(@RequestParam(defaultValue = "") String token, Model model) {
		return form(token, model);
	}

	@PostMapping(PasswordLinks.PATH)
	String processActivationForm(@RequestParam(defaultValue = "") String token,
			@RequestParam(defaultValue = "") String newPassword,
			@RequestParam(defaultValue = "") String confirmPassword, Model model) {
		try {
			if (!newPassword.equals(confirmPassword)) {
				throw new PasswordRejected("confirmPassword", "password.mismatch");
			}
			links.choose(token, newPassword);
		}
		catch (PasswordRejected ex) {
			model.addAttribute("error", messages.of(ex));
			return form(token, model);
		}
		catch (InvalidPasswordLink ex) {
			return form(token, model);
		}
		return "redirect:/login?activated";
	}

	private String form(String token, Model model) {
		links.usernameFor(token).ifPresentOrElse(username -> {
			model.addAttribute("token", token);
			model.addAttribute("username", username);
		}, () -> model.addAttribute("invalid", true));
		return VIEW;
	}

}
