package cn.budget.identity;

/**
 * Entities as {@link Organisation} answers them.
 */
final class Records {

	private Records() {
	}

	static UnitRecord of(Department d) {
		return new UnitRecord(d.getCode(), d.getName(), null, name(d.getNature()), name(d.getFundingForm()),
				d.isActive(), true, false);
	}

	static UnitRecord of(OrgUnit u) {
		return new UnitRecord(u.getCode(), u.getName(), u.getDepartment().getCode(), name(u.getNature()),
				name(u.getFundingForm()), u.isActive(), false, u.isMainUnit());
	}

	static PersonRecord of(AppUser u) {
		String unitCode = u.getUnit() != null ? u.getUnit().getCode()
				: u.getDepartment() == null ? null : u.getDepartment().getCode();
		return new PersonRecord(u.getUsername(), u.getDisplayName(), u.getRole(), unitCode, u.getEmail(), u.getPhone(),
				u.isEnabled(), u.isMustChangePassword());
	}

	private static String name(Enum<?> value) {
		return value == null ? null : value.name();
	}

}
