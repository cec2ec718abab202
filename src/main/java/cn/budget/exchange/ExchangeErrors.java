package cn.budget.exchange;

import java.net.URI;

import cn.budget.exchange.reading.UploadRejectedException;
import cn.budget.shared.Messages;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

/**
 * Answers refused uploads as problem details with a message in the caller's language.
 * Uploads over the servlet's multipart limit fail before any controller is chosen, so
 * this advice is not bound to the exchange's controllers.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class ExchangeErrors {

	private final Messages messages;

	private final ExchangeProperties properties;

	ExchangeErrors(Messages messages, ExchangeProperties properties) {
		this.messages = messages;
		this.properties = properties;
	}

	@ExceptionHandler(UploadRejectedException.class)
	ProblemDetail rejected(UploadRejectedException ex) {
		return problem(ex.status(), ex.messageKey(), ex.args());
	}

	@ExceptionHandler(MaxUploadSizeExceededException.class)
	ProblemDetail tooLarge(MaxUploadSizeExceededException ex) {
		return problem(HttpStatus.PAYLOAD_TOO_LARGE, "import.rejected.tooLarge",
				properties.maxFileSize().toMegabytes());
	}

	private ProblemDetail problem(HttpStatus status, String key, Object... args) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, messages.get(key, args));
		problem.setType(URI.create("about:blank"));
		problem.setProperty("code", key);
		return problem;
	}

}
