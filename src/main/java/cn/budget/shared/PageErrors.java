package cn.budget.shared;

import org.springframework.beans.InvalidPropertyException;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * Shows refusals on pages as a page with the reason in the user's language: not found
 * (also for what lies outside the user's scope), not allowed, or not possible in the
 * current state.
 */
@ControllerAdvice(annotations = Controller.class)
class PageErrors {

	private final Messages messages;

	PageErrors(Messages messages) {
		this.messages = messages;
	}

	@ExceptionHandler(DomainException.class)
	ModelAndView refused(DomainException ex) {
		HttpStatus status = ex.status();
		return page(status, messages.of(ex));
	}

	@ExceptionHandler(AccessDeniedException.class)
	ModelAndView forbidden(AccessDeniedException ex) {
		return page(HttpStatus.FORBIDDEN, messages.get("error.forbidden"));
	}

	/**
	 * A posted form names a row or table beyond the binder's limit (a forged or broken
	 * form): the page refuses it instead of building that many rows.
	 */
	@ExceptionHandler(InvalidPropertyException.class)
	ModelAndView beyondLimit(InvalidPropertyException ex) {
		return page(HttpStatus.BAD_REQUEST, messages.get("error.formIndex"));
	}

	private static ModelAndView page(HttpStatus status, String message) {
		ModelAndView view = new ModelAndView("error");
		view.setStatus(status);
		view.addObject("status", status.value());
		view.addObject("message", message);
		return view;
	}

}
