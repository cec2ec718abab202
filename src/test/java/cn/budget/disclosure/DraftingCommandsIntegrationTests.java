package cn.budget.disclosure;

import cn.budget.content.MeasureUnit;
import cn.budget.content.DraftContent;
import cn.budget.content.TableRows;
import cn.budget.content.CellView;
import cn.budget.content.DisclosureContent;
import cn.budget.content.TableView;
import cn.budget.content.PartView;
import cn.budget.content.RowView;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.budget.IntegrationTest;
import cn.budget.Years;
import cn.budget.audit.AuditTrail;
import cn.budget.identity.Actor;
import org.junit.jupiter.api.Test;
import org.springframework.security.access.AccessDeniedException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The commands other features change drafts with check the actor's scope and the
 * lifecycle themselves; system work runs as a named system actor and is audited under
 * that name.
 */
@IntegrationTest
class DraftingCommandsIntegrationTests extends DraftingCommandsFixture {

	@Test
	void aSystemActorCreatesADraftAndTheAuditNamesIt() {
		long id = drafting.createDraft(Actor.system("round-opening"), "312", Years.beyondTheForms(), "BUDGET",
				MeasureUnit.WAN_YUAN);
		assertThat(audit.of(actor("drafter-ga"), id)).extracting(AuditTrail.Event::actor, AuditTrail.Event::kind)
			.containsExactly(tuple("round-opening", "CREATED"));
	}

	@Test
	void aDrafterOfAnotherDepartmentCreatesNothing() {
		assertThatExceptionOfType(AccessDeniedException.class).isThrownBy(() -> drafting
			.createDraft(actor("drafter-jy"), "312", Years.beyondTheForms(), "BUDGET", MeasureUnit.WAN_YUAN));
	}

	@Test
	void importedContentIsPlacedByTheDepartmentsDrafterOnly() {
		long id = draft();
		DraftContent content = new DraftContent("导入的标题", MeasureUnit.WAN_YUAN,
				List.of(view(Disclosures.part("other_matters").field("other_text", "导入的说明。").build())));
		assertThatExceptionOfType(DisclosureNotFoundException.class)
			.isThrownBy(() -> drafting.placeImport(actor("drafter-jy"), id, content));
		assertThatExceptionOfType(AccessDeniedException.class)
			.isThrownBy(() -> drafting.placeImport(actor("drafter-jj"), id, content));
		assertThatExceptionOfType(AccessDeniedException.class)
			.isThrownBy(() -> drafting.placeImport(actor("supervisor"), id, content));
		DisclosureContent placed = drafting.placeImport(actor("drafter-ga"), id, content);
		assertThat(placed.title()).isEqualTo("导入的标题");
		assertThat(placed.field("other_matters", "other_text").value()).isEqualTo("导入的说明。");
	}

	@Test
	void aSupervisorCreatesAFilledDraftForAnyDepartment() {
		DisclosureContent created = drafting.createFilled(actor("supervisor"), "305", Years.beyondTheForms(), "BUDGET",
				new DraftContent(null, MeasureUnit.YUAN,
						List.of(view(Disclosures.part("other_matters").field("other_text", "结转的说明。").build()))));
		assertThat(created.unit().label()).isEqualTo(MeasureUnit.YUAN.label());
		assertThat(created.field("other_matters", "other_text").value()).isEqualTo("结转的说明。");
	}

	@Test
	void aSubUnitDrafterFillsANewTableOfTheirOwnUnit() {
		long id = draft();
		TableRows rows = new TableRows("procurement_items", null, Map.of(),
				List.of(row("project_name", "交警执法记录仪", "amount", "12.00")));
		TableView table = drafting.replaceTable(actor("drafter-jj"), id, rows)
			.tables("procurement", "procurement_items")
			.get(0);
		assertThat(table.unitCode()).isEqualTo("312006");
		assertThat(table.rows()).extracting(r -> r.cell("project_name").value()).containsExactly("交警执法记录仪");
	}

	@Test
	void tablesAreFilledOnlyWithinScopeAndWhileDrafting() {
		long id = draft();
		TableRows rows = new TableRows("procurement_items", "312001", Map.of(),
				List.of(row("project_name", "巡特警车辆", "amount", "79.50")));
		assertThatExceptionOfType(AccessDeniedException.class)
			.isThrownBy(() -> drafting.replaceTable(actor("drafter-jj"), id, rows));
		assertThatExceptionOfType(AccessDeniedException.class)
			.isThrownBy(() -> drafting.replaceTable(actor("leader-ga"), id, rows));
		assertThatExceptionOfType(DisclosureNotFoundException.class)
			.isThrownBy(() -> drafting.replaceTable(actor("drafter-jy"), id, rows));
		assertThatExceptionOfType(DisclosureNotFoundException.class).isThrownBy(() -> drafting
			.replaceTable(actor("drafter-ga"), id, new TableRows("no_such_table", null, Map.of(), List.of())));
		drafting.update(actor("drafter-ga"), id, Disclosures.wholeBudgetDisclosure(document(id)));
		lifecycle.submit(id, "drafter-ga", null);
		assertThatExceptionOfType(IllegalDisclosureStateException.class)
			.isThrownBy(() -> drafting.replaceTable(actor("drafter-ga"), id, rows));
	}

	private static RowView row(String... keyValues) {
		Map<String, CellView> cells = new LinkedHashMap<>();
		for (int i = 0; i < keyValues.length; i += 2) {
			cells.put(keyValues[i], CellView.of(keyValues[i + 1]));
		}
		return new RowView(null, null, 0, null, cells);
	}

	private static PartView view(PartContent part) {
		return ContentViews.of(part, MeasureUnit.WAN_YUAN);
	}

}
