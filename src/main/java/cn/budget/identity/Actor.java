package cn.budget.identity;

import java.io.Serializable;

/**
 * Who is acting and within which scope. Immutable, cheap to pass to any feature service,
 * and serializable because it is the principal of sessions stored in the database.
 *
 * @param username the login name, never null
 * @param displayName the name shown in the UI and the audit trail
 * @param role the single role of the user
 * @param departmentCode the department the user belongs to (the finance bureau for its
 * staff)
 * @param unitCode the unit of a drafter, null for other roles
 * @param mainUnit whether the drafter's unit is the department's main unit (本级)
 */
public record Actor(String username, String displayName, Role role, String departmentCode, String unitCode,
		boolean mainUnit) implements Serializable {

	/** The system itself, e.g. for timers and start-up imports. */
	public static final Actor SYSTEM = new Actor("system", "system", Role.ADMIN, null, null, false);

	/**
	 * A named system actor, for work nobody does by hand at that moment (demo data, the
	 * background opening of a round, counting findings for a dashboard): it acts for the
	 * finance bureau on every department, like an administrator, and appears under its
	 * name in the audit trail.
	 * @param name what does the work, e.g. {@code "round-opening"}, or on whose behalf
	 */
	public static Actor system(String name) {
		return new Actor(name, name, Role.ADMIN, null, null, false);
	}

	public boolean is(Role other) {
		return role == other;
	}

	/** Sees every department: finance bureau staff and administrators. */
	public boolean seesAllDepartments() {
		return role == Role.ADMIN || role.isFinanceBureau();
	}

	/** Whether this actor may see the data of the given department at all. */
	public boolean canSeeDepartment(String code) {
		return seesAllDepartments() || (departmentCode != null && departmentCode.equals(code));
	}

	/**
	 * Drafts the whole disclosure of the given department (main-unit drafter) or is an
	 * administrator.
	 */
	public boolean draftsWholeDisclosureOf(String code) {
		return role == Role.ADMIN || (role == Role.DRAFTER && mainUnit && code.equals(departmentCode));
	}

	/**
	 * A sub-unit drafter of the given department: edits only what is attributed to their
	 * unit.
	 */
	public boolean draftsSubUnitOf(String code) {
		return role == Role.DRAFTER && !mainUnit && code.equals(departmentCode);
	}

}
