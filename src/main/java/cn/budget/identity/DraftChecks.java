package cn.budget.identity;

import java.util.regex.Pattern;

/**
 * The format rules of drafts, each refusal with its own message key and the field it is
 * about. Values are trimmed; blank optional values become null.
 */
final class DraftChecks {

	private static final Pattern CODE = Pattern.compile("[A-Za-z0-9]{1,32}");

	private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._@-]{0,63}");

	private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

	private static final Pattern PHONE = Pattern.compile("\\+?[0-9][0-9 ()-]{4,30}");

	private DraftChecks() {
	}

	static String code(String field, String code) {
		String c = blankToNull(code);
		if (c == null) {
			throw OrganisationException.invalid(field, "organisation.code.required");
		}
		if (!CODE.matcher(c).matches()) {
			throw OrganisationException.invalid(field, "organisation.code.format", c);
		}
		return c;
	}

	static String name(String field, String name, int max) {
		String n = blankToNull(name);
		if (n == null) {
			throw OrganisationException.invalid(field, "organisation.name.required");
		}
		if (n.length() > max) {
			throw OrganisationException.invalid(field, "organisation.name.tooLong", max);
		}
		return n;
	}

	static String username(String username) {
		String u = blankToNull(username);
		if (u == null || !USERNAME.matcher(u).matches()) {
			throw OrganisationException.invalid("username", "organisation.username.format", u == null ? "" : u);
		}
		return u;
	}

	static String email(String email) {
		String e = blankToNull(email);
		if (e != null && (e.length() > 200 || !EMAIL.matcher(e).matches())) {
			throw OrganisationException.invalid("email", "organisation.email.format", e);
		}
		return e;
	}

	static String phone(String phone) {
		String p = blankToNull(phone);
		if (p != null && !PHONE.matcher(p).matches()) {
			throw OrganisationException.invalid("phone", "organisation.phone.format", p);
		}
		return p;
	}

	static UnitNature nature(String nature) {
		String n = blankToNull(nature);
		return n == null ? null : UnitNature.parse(n)
			.orElseThrow(() -> OrganisationException.invalid("nature", "organisation.nature.unknown", n));
	}

	static FundingForm fundingForm(String form) {
		String f = blankToNull(form);
		return f == null ? null : FundingForm.parse(f)
			.orElseThrow(() -> OrganisationException.invalid("fundingForm", "organisation.fundingForm.unknown", f));
	}

	/** A path's subject and the draft's must agree: codes and usernames never change. */
	static void sameSubject(String field, String subject, String drafted) {
		String d = blankToNull(drafted);
		if (d != null && !d.equals(subject)) {
			throw OrganisationException.invalid(field, "organisation.subject.immutable", subject, d);
		}
	}

	static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

}
