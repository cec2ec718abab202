package cn.budget.identity;

import cn.budget.shared.DomainException;

/**
 * {@link Organisation} refuses a change: bad data (answered 400), an unknown code or
 * username (404) or a conflict such as a duplicate code (409). Carries a message key of
 * messages*.properties with its arguments, and the draft's field it is about, if any.
 */
public class OrganisationException extends DomainException {

	private static final long serialVersionUID = 1L;

	private final String field;

	private OrganisationException(Kind kind, String field, String messageKey, Object... args) {
		super(kind, messageKey, messageKey + " " + field, args);
		this.field = field;
		if (field != null) {
			property("field", field);
		}
	}

	static OrganisationException invalid(String field, String messageKey, Object... args) {
		return new OrganisationException(Kind.INVALID, field, messageKey, args);
	}

	static OrganisationException notFound(String field, String messageKey, Object... args) {
		return new OrganisationException(Kind.NOT_FOUND, field, messageKey, args);
	}

	static OrganisationException conflict(String field, String messageKey, Object... args) {
		return new OrganisationException(Kind.CONFLICT, field, messageKey, args);
	}

	/**
	 * The draft's field the refusal is about (e.g. {@code code}, {@code unitCode}), or
	 * null.
	 */
	public String getField() {
		return field;
	}

}
