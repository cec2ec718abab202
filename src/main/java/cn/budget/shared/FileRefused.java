package cn.budget.shared;

import org.springframework.http.HttpStatus;

/**
 * An uploaded file refused as a whole before anything is stored (too large, of a wrong
 * type, corrupt, without a sheet or column it needs). Carries the answer's status and a
 * message key; each import says in its own subclass what it refuses.
 */
public abstract class FileRefused extends RuntimeException {

	private static final long serialVersionUID = 1L;

	private final HttpStatus status;

	private final String messageKey;

	private final transient Object[] args;

	protected FileRefused(HttpStatus status, String messageKey, Object... args) {
		super(messageKey);
		this.status = status;
		this.messageKey = messageKey;
		this.args = args;
	}

	public HttpStatus status() {
		return status;
	}

	public String messageKey() {
		return messageKey;
	}

	public Object[] args() {
		return args;
	}

}
