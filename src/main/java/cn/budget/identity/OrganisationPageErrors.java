package cn.budget.identity;

import cn.budget.shared.Messages;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;

/**
 * A refused save on an admin page: the page is shown again with what was typed, the
 * message in the user's language beside the field it is about, and the status of the
 * refusal (400, 404, 409).
 */
final class OrganisationPageErrors {

	private OrganisationPageErrors() {
	}

	static void show(OrganisationException ex, Messages messages, Model model, HttpServletResponse response) {
		HttpStatus status = OrganisationErrors.statusOf(ex);
		response.setStatus(status.value());
		model.addAttribute("error", messages.get(ex.getMessageKey(), ex.getArgs()));
		model.addAttribute("errorField", ex.getField());
	}

}
