package cn.budget.disclosure;

import cn.budget.content.DisclosureState;
import cn.budget.identity.Actor;
import cn.budget.identity.Role;

/**
 * The one place that decides who may create a disclosure, import into one or edit it: the
 * drafting service, the pages, the imports and the opening of rounds ask here.
 */
public final class DraftingPermissions {

	private DraftingPermissions() {
	}

	/**
	 * Creates disclosures for every department: supervisors and administrators (the
	 * finance bureau's own jobs, e.g. opening a round, run as administrators).
	 */
	public static boolean mayCreateForEveryDepartment(Actor actor) {
		return actor.is(Role.SUPERVISOR) || actor.is(Role.ADMIN);
	}

	/** Creates (or imports a new) disclosure for at least one department. */
	public static boolean mayCreateAny(Actor actor) {
		return mayCreateForEveryDepartment(actor) || (actor.is(Role.DRAFTER) && actor.mainUnit());
	}

	/**
	 * Creates (or imports a new) disclosure of the department: a supervisor, an
	 * administrator or a main-unit drafter of that department.
	 */
	public static boolean mayCreate(Actor actor, String departmentCode) {
		return departmentCode != null && (actor.is(Role.SUPERVISOR) || actor.draftsWholeDisclosureOf(departmentCode));
	}

	/**
	 * What the actor may change in a disclosure of the department in the given state:
	 * everything, the tables of their unit, or nothing.
	 */
	public static EditScope editScope(Actor actor, String departmentCode, DisclosureState state) {
		return EditScope.of(actor, departmentCode, state);
	}

	/**
	 * Imports a whole document into an existing disclosure: only who may change all of
	 * it, while it is being drafted.
	 */
	public static boolean mayImportInto(Actor actor, String departmentCode, DisclosureState state) {
		return editScope(actor, departmentCode, state).all();
	}

}
