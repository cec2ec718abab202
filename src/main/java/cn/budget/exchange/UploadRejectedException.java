package cn.budget.exchange;

import org.springframework.http.HttpStatus;

/**
 * A file an import refuses before anything is stored: empty, too large, of a wrong type, corrupt,
 * encrypted or unsafe. Carries the answer's status and a message key of {@code exchange.properties}.
 */
class UploadRejectedException extends RuntimeException {

	private final HttpStatus status;

	private final String messageKey;

	private final transient Object[] args;

	UploadRejectedException(HttpStatus status, String messageKey, Object... args) {
		super(messageKey);
		this.status = status;
		this.messageKey = messageKey;
		this.args = args;
	}

	HttpStatus status() {
		return status;
	}

	String messageKey() {
		return messageKey;
	}

	Object[] args() {
		return args;
	}

}
