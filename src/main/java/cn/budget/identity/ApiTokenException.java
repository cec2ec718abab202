package cn.budget.identity;

import cn.budget.shared.DomainException;

/** A token request refused (422), or a token not within the caller's reach (404). */
public class ApiTokenException extends DomainException {

	private static final long serialVersionUID = 1L;

	private ApiTokenException(Kind kind, String messageKey, Object... args) {
		super(kind, messageKey, messageKey, args);
	}

	static ApiTokenException invalid(String messageKey, Object... args) {
		return new ApiTokenException(Kind.INVALID, messageKey, args);
	}

	static ApiTokenException notFound(long id) {
		return new ApiTokenException(Kind.NOT_FOUND, "token.notFound", id);
	}

}
