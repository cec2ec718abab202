package cn.budget.disclosure;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import cn.budget.content.MeasureUnit;
import cn.budget.content.DisclosureState;
import cn.budget.template.ShippedTemplates;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatNoException;

/**
 * The aggregate guards its route without a database: each step is taken only from the
 * states the route allows, and content may change only while drafting or returned.
 */
class DisclosureLifecycleTests {

	private static final Instant NOW = Instant.parse("2026-03-02T08:00:00Z");

	/** Each step of the route and the states it may be taken from. */
	private static final Map<String, Set<DisclosureState>> ALLOWED = Map.of("submit",
			EnumSet.of(DisclosureState.DRAFT, DisclosureState.RETURNED), "signOff",
			EnumSet.of(DisclosureState.WITH_LEADER), "return",
			EnumSet.of(DisclosureState.WITH_LEADER, DisclosureState.IN_REVIEW), "approve",
			EnumSet.of(DisclosureState.IN_REVIEW), "publish", EnumSet.of(DisclosureState.APPROVED), "correct",
			EnumSet.of(DisclosureState.PUBLISHED));

	private static final Map<String, Consumer<Disclosure>> STEPS = Map.of("submit", d -> d.submit(true, "drafter", NOW),
			"signOff", d -> d.signOff("leader", NOW, 1), "return", d -> d.returnForRevision("reviewer", NOW, "数字不符"),
			"approve", d -> d.approve("reviewer", NOW), "publish", d -> d.publish("publisher", NOW, 2), "correct",
			d -> d.reopenForCorrection("drafter", NOW, LocalDate.of(2026, 4, 1)));

	@Test
	void aNewDraftHasASectionPerPartAndMayBeEdited() {
		Disclosure draft = draft();
		assertThat(draft.getState()).isEqualTo(DisclosureState.DRAFT);
		assertThat(draft.getSections()).hasSize(ShippedTemplates.current("BUDGET").parts().size());
		assertThatNoException().isThrownBy(draft::assertEditable);
	}

	@Test
	void theWholeRouteWithSignOffAndACorrection() {
		Disclosure disclosure = draft();
		disclosure.submit(true, "drafter", NOW);
		assertThat(disclosure.getState()).isEqualTo(DisclosureState.WITH_LEADER);
		disclosure.signOff("leader", NOW, 1);
		assertThat(disclosure.getSignedSubmission()).isEqualTo(1);
		disclosure.returnForRevision("reviewer", NOW, "数字不符");
		assertThat(disclosure.getState()).isEqualTo(DisclosureState.RETURNED);
		disclosure.submit(false, "drafter", NOW);
		assertThat(disclosure.getState()).isEqualTo(DisclosureState.IN_REVIEW);
		disclosure.approve("reviewer", NOW);
		disclosure.publish("publisher", NOW, 3);
		assertThat(disclosure.getState()).isEqualTo(DisclosureState.PUBLISHED);
		disclosure.reopenForCorrection("drafter", NOW, LocalDate.of(2026, 4, 1));
		assertThat(disclosure.getState()).isEqualTo(DisclosureState.DRAFT);
		assertThat(disclosure.getSchedule().publicationDue()).isEqualTo(LocalDate.of(2026, 4, 1));
	}

	@Test
	void everyStepIsRefusedFromEveryStateTheRouteDoesNotAllow() {
		for (DisclosureState state : DisclosureState.values()) {
			STEPS.forEach((step, action) -> {
				Disclosure disclosure = in(state);
				if (ALLOWED.get(step).contains(state)) {
					assertThatNoException().as(step + " from " + state).isThrownBy(() -> action.accept(disclosure));
				}
				else {
					assertThatExceptionOfType(IllegalDisclosureStateException.class).as(step + " from " + state)
						.isThrownBy(() -> action.accept(disclosure))
						.satisfies(ex -> assertThat(ex.getState()).isEqualTo(state));
					assertThat(disclosure.getState()).as("unchanged after a refused " + step).isEqualTo(state);
				}
			});
		}
	}

	@Test
	void contentChangesOnlyWhileDraftingOrReturned() {
		for (DisclosureState state : DisclosureState.values()) {
			Disclosure disclosure = in(state);
			if (state.isEditable()) {
				assertThatNoException().isThrownBy(disclosure::assertEditable);
			}
			else {
				assertThatExceptionOfType(IllegalDisclosureStateException.class).as(state.name())
					.isThrownBy(disclosure::assertEditable);
			}
		}
		assertThat(EnumSet.allOf(DisclosureState.class).stream().filter(DisclosureState::isEditable))
			.containsExactlyInAnyOrder(DisclosureState.DRAFT, DisclosureState.RETURNED);
	}

	@Test
	void touchingMovesTheRevisionAndRetitlingKeepsWhatIsNotGiven() {
		Disclosure disclosure = draft();
		disclosure.touch("drafter", NOW.plusSeconds(60));
		assertThat(disclosure.getStamps().revision()).isEqualTo(1);
		assertThat(disclosure.getStamps().updatedBy()).isEqualTo("drafter");
		disclosure.retitle("  ", null);
		assertThat(disclosure.getTitle()).isEqualTo("平乡县公安局2020年部门预算信息公开");
		disclosure.retitle(" 新标题 ", MeasureUnit.YUAN);
		assertThat(disclosure.getTitle()).isEqualTo("新标题");
		assertThat(disclosure.getUnitOfMeasure()).isEqualTo(MeasureUnit.YUAN);
	}

	private static Disclosure draft() {
		return Disclosure.draft(ShippedTemplates.current("BUDGET"), "110", 2020, "平乡县公安局2020年部门预算信息公开",
				MeasureUnit.WAN_YUAN, "drafter", NOW);
	}

	// Reaches a state by the route's own steps, so the test cannot set up an impossible
	// aggregate.
	private static Disclosure in(DisclosureState state) {
		Disclosure disclosure = draft();
		switch (state) {
			case DRAFT -> {
			}
			case WITH_LEADER -> disclosure.submit(true, "drafter", NOW);
			case IN_REVIEW -> disclosure.submit(false, "drafter", NOW);
			case RETURNED -> {
				disclosure.submit(false, "drafter", NOW);
				disclosure.returnForRevision("reviewer", NOW, "数字不符");
			}
			case APPROVED -> {
				disclosure.submit(false, "drafter", NOW);
				disclosure.approve("reviewer", NOW);
			}
			case PUBLISHED -> {
				disclosure.submit(false, "drafter", NOW);
				disclosure.approve("reviewer", NOW);
				disclosure.publish("publisher", NOW, 2);
			}
		}
		return disclosure;
	}

}
