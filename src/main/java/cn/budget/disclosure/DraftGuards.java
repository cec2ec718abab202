package cn.budget.disclosure;

import cn.budget.content.DisclosureState;
import cn.budget.identity.Actor;
import org.springframework.security.access.AccessDeniedException;

/**
 * The guards every drafting command runs before it changes anything: who may create a
 * disclosure, and whether the actor may change this one now (scope, lifecycle, version).
 */
final class DraftGuards {

	private DraftGuards() {
	}

	/**
	 * What the actor may change of an editable draft at the expected version.
	 * @throws AccessDeniedException when the actor may change nothing of it
	 * @throws StaleVersionException when the draft changed since the expected version
	 */
	static EditScope editable(Actor actor, Disclosure disclosure, Long expectedVersion) {
		EditScope scope = DraftingPermissions.editScope(actor, disclosure.getDepartmentCode(), DisclosureState.DRAFT);
		if (!scope.canEditAnything()) {
			throw new AccessDeniedException("You may read but not change this disclosure");
		}
		disclosure.assertEditable();
		if (expectedVersion == null || expectedVersion != disclosure.getVersion()) {
			throw new StaleVersionException(expectedVersion == null ? -1 : expectedVersion, disclosure.getVersion());
		}
		return scope;
	}

	/**
	 * @throws AccessDeniedException unless the actor may create the department's
	 * disclosures
	 */
	static void requireMayCreate(Actor actor, String department) {
		if (!DraftingPermissions.mayCreate(actor, department)) {
			throw new AccessDeniedException("You may not create disclosures for department " + department);
		}
	}

}
