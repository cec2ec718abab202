package cn.budget.disclosure;

import java.util.Objects;

import cn.budget.content.DisclosureState;
import cn.budget.identity.Actor;

/**
 * What the caller may change in a disclosure: everything (the department's main-unit
 * drafters and administrators), only the tables attributed to their unit (sub-unit
 * drafters), or nothing.
 *
 * @param all may change everything
 * @param unitCode the unit whose tables may be changed when not {@code all}, else null
 */
public record EditScope(boolean all, String unitCode) {

	private static final EditScope NONE = new EditScope(false, null);

	public static EditScope none() {
		return NONE;
	}

	/** The scope of an actor on a disclosure of a department in a given state. */
	static EditScope of(Actor actor, String departmentCode, DisclosureState state) {
		if (!state.isEditable()) {
			return NONE;
		}
		if (actor.draftsWholeDisclosureOf(departmentCode)) {
			return new EditScope(true, null);
		}
		if (actor.draftsSubUnitOf(departmentCode)) {
			return new EditScope(false, actor.unitCode());
		}
		return NONE;
	}

	public boolean canEditAnything() {
		return all || unitCode != null;
	}

	public boolean canEditFields() {
		return all;
	}

	/**
	 * Whether a table attributed to the given unit (null: the department) may be changed.
	 */
	public boolean canEditTable(String tableUnitCode) {
		return all || (unitCode != null && Objects.equals(unitCode, tableUnitCode));
	}

}
