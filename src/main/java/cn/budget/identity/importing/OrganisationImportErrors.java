package cn.budget.identity.importing;

import java.net.URI;

import cn.budget.shared.Messages;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Answers a refused file as a problem detail with a message in the caller's language and
 * its key.
 */
@RestControllerAdvice(assignableTypes = OrganisationImportApi.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class OrganisationImportErrors {

	private final Messages messages;

	OrganisationImportErrors(Messages messages) {
		this.messages = messages;
	}

	@ExceptionHandler(ImportRefusedException.class)
	ProblemDetail refused(ImportRefusedException ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(ex.status(), messages.get(ex.messageKey(), ex.args()));
		problem.setType(URI.create("about:blank"));
		problem.setProperty("code", ex.messageKey());
		return problem;
	}

}
