package cn.budget.shared;

import java.net.URI;
import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Turns refusals into the answers of api.md, as RFC 9457 problem details with a message
 * in the caller's language: 404 not found (or out of scope), 403 not allowed, 409 stale
 * version or wrong state, 422 with the problems per field.
 */
@RestControllerAdvice(annotations = ApiController.class)
class ApiErrors {

	private final Messages messages;

	ApiErrors(Messages messages) {
		this.messages = messages;
	}

	@ExceptionHandler(DomainException.class)
	ProblemDetail refused(DomainException ex) {
		HttpStatus status = ex.status();
		ProblemDetail problem = problem(status, ex.getMessageKey(), ex.getArgs());
		ex.getProperties().forEach(problem::setProperty);
		if (!ex.getErrors().isEmpty()) {
			problem.setProperty("errors", describe(ex.getErrors()));
		}
		return problem;
	}

	@ExceptionHandler(AccessDeniedException.class)
	ProblemDetail forbidden(AccessDeniedException ex) {
		ProblemDetail problem = problem(HttpStatus.FORBIDDEN, "error.forbidden");
		problem.setProperty("reason", ex.getMessage());
		return problem;
	}

	@ExceptionHandler(ObjectOptimisticLockingFailureException.class)
	ProblemDetail stale(ObjectOptimisticLockingFailureException ex) {
		return problem(HttpStatus.CONFLICT, "error.staleVersion");
	}

	@ExceptionHandler(MethodArgumentNotValidException.class)
	ProblemDetail invalid(MethodArgumentNotValidException ex) {
		ProblemDetail problem = problem(HttpStatus.UNPROCESSABLE_ENTITY, "error.invalid");
		problem.setProperty("errors",
				describe(ex.getBindingResult()
					.getFieldErrors()
					.stream()
					.map(e -> new ContentError(e.getField(), "validation.bean", e.getField(), e.getDefaultMessage()))
					.toList()));
		return problem;
	}

	private List<Map<String, Object>> describe(List<ContentError> errors) {
		return errors.stream()
			.map(e -> Map.<String, Object>of("field", e.path(), "code", e.messageKey(), "message",
					messages.get(e.messageKey(), e.args())))
			.toList();
	}

	private ProblemDetail problem(HttpStatus status, String key, Object... args) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, messages.get(key, args));
		problem.setType(URI.create("about:blank"));
		return problem;
	}

}
