package cn.budget.identity;

import java.util.List;

import cn.budget.shared.ContentError;
import cn.budget.shared.DomainException;

/**
 * A substitution that cannot be named as asked: what is wrong, per field.
 */
public class SubstitutionRefusedException extends DomainException {

	SubstitutionRefusedException(String field, String messageKey, Object... args) {
		super(List.of(new ContentError(field, messageKey, args)), messageKey, field);
	}

}
