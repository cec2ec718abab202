package cn.budget.disclosure;

import java.util.List;

import cn.budget.shared.ContentError;
import cn.budget.shared.DomainException;

/**
 * Typed content that cannot be stored; nothing was saved.
 */
public class ContentInvalidException extends DomainException {

	public ContentInvalidException(List<ContentError> errors) {
		super(errors, "error.invalid", errors.size() + " invalid value(s)");
	}

}
