package cn.budget.identity;

import java.net.URI;

import cn.budget.shared.ApiController;
import cn.budget.shared.DomainException;
import cn.budget.shared.Messages;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The API's answer to a refused organisation change: bad data 400 (not the 422 of a
 * disclosure's content: a unit or person is one small record, its problem is the
 * request's), unknown subject 404, conflict 409; the message in the caller's language,
 * with the field it is about. Ahead of the shared handler, which would answer 422.
 */
@RestControllerAdvice(annotations = ApiController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class OrganisationErrors {

	private final Messages messages;

	OrganisationErrors(Messages messages) {
		this.messages = messages;
	}

	/**
	 * The organisation's API and pages answer invalid data with 400, as they always have.
	 */
	static HttpStatus statusOf(OrganisationException ex) {
		return ex.getKind() == DomainException.Kind.INVALID ? HttpStatus.BAD_REQUEST : ex.status();
	}

	@ExceptionHandler(OrganisationException.class)
	ProblemDetail refused(OrganisationException ex) {
		HttpStatus status = statusOf(ex);
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status,
				messages.get(ex.getMessageKey(), ex.getArgs()));
		problem.setType(URI.create("about:blank"));
		problem.setProperty("code", ex.getMessageKey());
		if (ex.getField() != null) {
			problem.setProperty("field", ex.getField());
		}
		return problem;
	}

}
