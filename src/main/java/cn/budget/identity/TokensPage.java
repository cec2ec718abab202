package cn.budget.identity;

import jakarta.servlet.http.HttpServletResponse;

import cn.budget.shared.DomainException;
import cn.budget.shared.Messages;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The signed-in person's API tokens: create one (shown once, on the answer to the form,
 * never kept in the session), see them, revoke one.
 */
@Controller
class TokensPage {

	static final String VIEW_TOKENS = "account/tokens";

	private final ApiTokens tokens;

	private final Directory directory;

	private final Messages messages;

	TokensPage(ApiTokens tokens, Directory directory, Messages messages) {
		this.tokens = tokens;
		this.directory = directory;
		this.messages = messages;
	}

	@GetMapping("/account/tokens")
	String show(Model model) {
		return page(model, null, null);
	}

	@PostMapping("/account/tokens")
	String create(@RequestParam(required = false) String name, @RequestParam(required = false) Integer days,
			Model model, HttpServletResponse response) {
		try {
			return page(model, tokens.create(directory.currentActor(), new NewToken(name, days, null)), null);
		}
		catch (DomainException ex) {
			response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
			return page(model, null, messages.of(ex));
		}
	}

	@PostMapping("/account/tokens/{id}/revoke")
	String revoke(@PathVariable long id, RedirectAttributes redirect) {
		tokens.revoke(directory.currentActor(), id);
		redirect.addFlashAttribute("notice", "tokens.revoked");
		return "redirect:/account/tokens";
	}

	private String page(Model model, IssuedToken issued, String error) {
		model.addAttribute("tokens", tokens.of(directory.currentActor().username()));
		model.addAttribute("issued", issued);
		model.addAttribute("error", error);
		model.addAttribute("defaultDays", ApiTokens.DEFAULT_DAYS);
		model.addAttribute("maxDays", ApiTokens.MAX_DAYS);
		return VIEW_TOKENS;
	}

}
