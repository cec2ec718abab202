package cn.budget.disclosure;

import cn.budget.content.MeasureUnit;
import cn.budget.content.DraftContent;
import org.junit.jupiter.api.Test;
import org.springframework.security.access.AccessDeniedException;

import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The creating commands refuse an actor outside their scope before they read or write
 * anything: the service here has no repository, catalogue or directory at all.
 */
class DraftingGuardsTests {

	private final DisclosureDrafting drafting = new DisclosureDrafting(null, null, null, null);

	private final DraftContent content = new DraftContent("标题", MeasureUnit.WAN_YUAN, java.util.List.of());

	@Test
	void aDrafterOfAnotherDepartmentCreatesNothing() {
		assertThatExceptionOfType(AccessDeniedException.class).isThrownBy(() -> drafting
			.createDraft(DraftingPermissionsTests.MAIN_DRAFTER, "305", 2030, "BUDGET", MeasureUnit.WAN_YUAN));
		assertThatExceptionOfType(AccessDeniedException.class).isThrownBy(() -> drafting
			.create(DraftingPermissionsTests.MAIN_DRAFTER, new NewDisclosure("305", 2030, "BUDGET", "万元")));
	}

	@Test
	void aSubUnitDrafterOrALeaderCreatesNothing() {
		assertThatExceptionOfType(AccessDeniedException.class).isThrownBy(() -> drafting
			.createDraft(DraftingPermissionsTests.SUB_DRAFTER, "312", 2030, "BUDGET", MeasureUnit.WAN_YUAN));
		assertThatExceptionOfType(AccessDeniedException.class)
			.isThrownBy(() -> drafting.createFilled(DraftingPermissionsTests.LEADER, "312", 2030, "BUDGET", content));
	}

	@Test
	void aReviewerImportsNoNewDisclosure() {
		assertThatExceptionOfType(AccessDeniedException.class)
			.isThrownBy(() -> drafting.createFilled(DraftingPermissionsTests.REVIEWER, "312", 2030, "BUDGET", content));
	}

}
