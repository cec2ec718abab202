package cn.budget.shared;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;

/**
 * A refusal of the domain that the caller can understand: what kind it is, a message key
 * with its arguments, extra properties for API clients and, for invalid input, the
 * problems per field.
 */
public abstract class DomainException extends RuntimeException {

	/** The kinds of refusal; the web layer maps them to 404, 409 and 422. */
	public enum Kind {

		NOT_FOUND, CONFLICT, INVALID

	}

	private final Kind kind;

	private final String messageKey;

	private final transient Object[] args;

	private final Map<String, Object> properties = new LinkedHashMap<>();

	private final transient List<ContentError> errors;

	protected DomainException(Kind kind, String messageKey, String detail, Object... args) {
		this(kind, List.of(), messageKey, detail, args);
	}

	/** Invalid input, with its problems per field. */
	protected DomainException(List<ContentError> errors, String messageKey, String detail, Object... args) {
		this(Kind.INVALID, errors, messageKey, detail, args);
	}

	private DomainException(Kind kind, List<ContentError> errors, String messageKey, String detail, Object... args) {
		super(detail);
		this.kind = kind;
		this.errors = List.copyOf(errors);
		this.messageKey = messageKey;
		this.args = args;
	}

	protected void property(String name, Object value) {
		properties.put(name, value);
	}

	public Kind getKind() {
		return kind;
	}

	/** What the web layer answers for this kind of refusal: 404, 409 or 422. */
	public HttpStatus status() {
		return switch (kind) {
			case NOT_FOUND -> HttpStatus.NOT_FOUND;
			case CONFLICT -> HttpStatus.CONFLICT;
			case INVALID -> HttpStatus.UNPROCESSABLE_ENTITY;
		};
	}

	public String getMessageKey() {
		return messageKey;
	}

	public Object[] getArgs() {
		return args;
	}

	public Map<String, Object> getProperties() {
		return properties;
	}

	/** The problems per field; empty unless the input was invalid. */
	public List<ContentError> getErrors() {
		return errors;
	}

}
