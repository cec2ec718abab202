package cn.budget.identity;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.WebAttributes;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class LoginPage {

	private final boolean singleSignOn;

	LoginPage(@Value("${app.sso.enabled:false}") boolean singleSignOn) {
		this.singleSignOn = singleSignOn;
	}

	/**
	 * The login form, with the provider's button when single sign-on is on. A refused
	 * single sign-on is forwarded here with its exception: the page says so with 403, in
	 * the same request.
	 */
	@GetMapping("/login")
	String login(Model model, HttpServletRequest request, HttpServletResponse response) {
		model.addAttribute("singleSignOn", singleSignOn ? SingleSignOnConfiguration.START : null);
		if (singleSignOn && request.getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION) != null) {
			response.setStatus(HttpStatus.FORBIDDEN.value());
			model.addAttribute("ssoRefused", true);
		}
		return "login";
	}

}
