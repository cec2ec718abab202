package cn.budget.identity.importing;

import org.springframework.http.HttpStatus;

/**
 * A file refused as a whole before any row is looked at: not an XLSX or CSV, too large, too many
 * rows, no recognisable sheet, a sheet without a required column. Carries the answer's status and a
 * message key.
 */
class ImportRefusedException extends RuntimeException {

	private final HttpStatus status;

	private final String messageKey;

	private final transient Object[] args;

	ImportRefusedException(HttpStatus status, String messageKey, Object... args) {
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
