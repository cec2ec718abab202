package cn.budget.disclosure;

import java.util.List;

import cn.budget.shared.ContentError;
import cn.budget.shared.DomainException;

/**
 * Typed content that cannot be stored; nothing was saved.
 */
public class ContentInvalidException extends DomainException {

	private final transient List<ContentError> errors;

	public ContentInvalidException(List<ContentError> errors) {
		super(Kind.INVALID, "error.invalid", errors.size() + " invalid value(s)");
		this.errors = List.copyOf(errors);
	}

	@Override
	public List<ContentError> getErrors() {
		return errors;
	}

}
