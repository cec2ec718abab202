package cn.budget.identity;

import cn.budget.shared.Messages;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Everyone's own change of password, and the first one after an administrator set it.
 * Typed passwords are never written back into the page, not even after a refusal.
 */
@Controller
class PasswordPage {

	static final String VIEW = "identity/password";

	private final Accounts accounts;

	private final Directory directory;

	private final DirectoryUserDetailsService users;

	private final Messages messages;

	private final SecurityContextRepository sessions = new HttpSessionSecurityContextRepository();

	PasswordPage(Accounts accounts, Directory directory, DirectoryUserDetailsService users, Messages messages) {
		this.accounts = accounts;
		this.directory = directory;
		this.users = users;
		this.messages = messages;
	}

	@GetMapping(InitialPasswordGate.PAGE)
	String initChangeForm(Model model) {
		model.addAttribute("mustChange", accounts.mustChangePassword(directory.currentActor().username()));
		return VIEW;
	}

	@PostMapping(InitialPasswordGate.PAGE)
	String processChangeForm(@RequestParam(defaultValue = "") String currentPassword,
			@RequestParam(defaultValue = "") String newPassword,
			@RequestParam(defaultValue = "") String confirmPassword, Model model, HttpServletRequest request,
			HttpServletResponse response) {
		String username = directory.currentActor().username();
		try {
			if (!newPassword.equals(confirmPassword)) {
				throw new PasswordRejected("confirmPassword", "password.mismatch");
			}
			accounts.changeOwnPassword(username, currentPassword, newPassword);
		}
		catch (PasswordRejected ex) {
			model.addAttribute("mustChange", accounts.mustChangePassword(username));
			model.addAttribute("error", messages.of(ex));
			model.addAttribute("errorField", ex.getErrors().get(0).path());
			return VIEW;
		}
		renewPrincipal(username, request, response);
		return "redirect:" + InitialPasswordGate.PAGE + "?changed";
	}

	/** The session's principal still says the password must change: it is read anew. */
	private void renewPrincipal(String username, HttpServletRequest request, HttpServletResponse response) {
		SignedInUser fresh = (SignedInUser) users.loadUserByUsername(username);
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(fresh, null, fresh.getAuthorities()));
		SecurityContextHolder.setContext(context);
		if (request.getSession(false) != null) {
			sessions.saveContext(context, request, response);
		}
	}

}
