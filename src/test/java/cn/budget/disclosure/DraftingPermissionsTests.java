package cn.budget.disclosure;

import cn.budget.content.DisclosureState;
import cn.budget.identity.Actor;
import cn.budget.identity.Role;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Who may create a disclosure, import into one or edit it — decided in one place for the
 * pages, the API, the imports and the opening of rounds.
 */
class DraftingPermissionsTests {

	static final Actor MAIN_DRAFTER = new Actor("drafter-ga", "drafter-ga", Role.DRAFTER, "312", "312001", true);

	static final Actor SUB_DRAFTER = new Actor("drafter-jj", "drafter-jj", Role.DRAFTER, "312", "312006", false);

	static final Actor LEADER = new Actor("leader-ga", "leader-ga", Role.UNIT_LEADER, "312", null, false);

	static final Actor REVIEWER = new Actor("reviewer", "reviewer", Role.REVIEWER, "399", null, false);

	static final Actor SUPERVISOR = new Actor("supervisor", "supervisor", Role.SUPERVISOR, "399", null, false);

	static final Actor ADMIN = new Actor("admin", "admin", Role.ADMIN, null, null, false);

	@Test
	void aMainUnitDrafterCreatesForTheirOwnDepartmentOnly() {
		assertThat(DraftingPermissions.mayCreate(MAIN_DRAFTER, "312")).isTrue();
		assertThat(DraftingPermissions.mayCreate(MAIN_DRAFTER, "305")).isFalse();
		assertThat(DraftingPermissions.mayCreateAny(MAIN_DRAFTER)).isTrue();
		assertThat(DraftingPermissions.mayCreateForEveryDepartment(MAIN_DRAFTER)).isFalse();
	}

	@Test
	void subUnitDraftersLeadersAndReviewersCreateNothing() {
		for (Actor actor : new Actor[] { SUB_DRAFTER, LEADER, REVIEWER }) {
			assertThat(DraftingPermissions.mayCreate(actor, "312")).as(actor.username()).isFalse();
			assertThat(DraftingPermissions.mayCreateAny(actor)).as(actor.username()).isFalse();
			assertThat(DraftingPermissions.mayCreateForEveryDepartment(actor)).as(actor.username()).isFalse();
		}
	}

	@Test
	void supervisorsAdministratorsAndSystemActorsCreateForEveryDepartment() {
		for (Actor actor : new Actor[] { SUPERVISOR, ADMIN, Actor.system("round-opening") }) {
			assertThat(DraftingPermissions.mayCreate(actor, "312")).as(actor.username()).isTrue();
			assertThat(DraftingPermissions.mayCreate(actor, "305")).as(actor.username()).isTrue();
			assertThat(DraftingPermissions.mayCreateForEveryDepartment(actor)).as(actor.username()).isTrue();
		}
	}

	@Test
	void noDepartmentNoCreation() {
		assertThat(DraftingPermissions.mayCreate(SUPERVISOR, null)).isFalse();
	}

	@Test
	void onlyWhoChangesEverythingImportsIntoADraftAndOnlyWhileItIsEditable() {
		assertThat(DraftingPermissions.mayImportInto(MAIN_DRAFTER, "312", DisclosureState.DRAFT)).isTrue();
		assertThat(DraftingPermissions.mayImportInto(MAIN_DRAFTER, "312", DisclosureState.RETURNED)).isTrue();
		assertThat(DraftingPermissions.mayImportInto(MAIN_DRAFTER, "312", DisclosureState.IN_REVIEW)).isFalse();
		assertThat(DraftingPermissions.mayImportInto(MAIN_DRAFTER, "305", DisclosureState.DRAFT)).isFalse();
		assertThat(DraftingPermissions.mayImportInto(SUB_DRAFTER, "312", DisclosureState.DRAFT)).isFalse();
		// A supervisor creates (and fills) a new disclosure but does not draft an
		// existing
		// one.
		assertThat(DraftingPermissions.mayImportInto(SUPERVISOR, "312", DisclosureState.DRAFT)).isFalse();
		assertThat(DraftingPermissions.mayImportInto(Actor.system("demo"), "312", DisclosureState.DRAFT)).isTrue();
	}

	@Test
	void aSubUnitDrafterEditsTheTablesOfTheirUnitOnly() {
		EditScope scope = DraftingPermissions.editScope(SUB_DRAFTER, "312", DisclosureState.DRAFT);
		assertThat(scope.all()).isFalse();
		assertThat(scope.canEditTable("312006")).isTrue();
		assertThat(scope.canEditTable("312005")).isFalse();
		assertThat(scope.canEditTable(null)).isFalse();
		assertThat(scope.canEditFields()).isFalse();
		assertThat(DraftingPermissions.editScope(SUB_DRAFTER, "305", DisclosureState.DRAFT).canEditAnything())
			.isFalse();
	}

	@Test
	void nobodyEditsADisclosureOnItsRoute() {
		for (Actor actor : new Actor[] { MAIN_DRAFTER, SUB_DRAFTER, ADMIN }) {
			assertThat(DraftingPermissions.editScope(actor, "312", DisclosureState.WITH_LEADER).canEditAnything())
				.as(actor.username())
				.isFalse();
		}
		assertThat(DraftingPermissions.editScope(LEADER, "312", DisclosureState.DRAFT).canEditAnything()).isFalse();
	}

	@Test
	void aSystemActorIsNamedAndSeesEveryDepartment() {
		Actor system = Actor.system("round-opening");
		assertThat(system.username()).isEqualTo("round-opening");
		assertThat(system.displayName()).isEqualTo("round-opening");
		assertThat(system.seesAllDepartments()).isTrue();
		assertThat(system.canSeeDepartment("305")).isTrue();
	}

}
