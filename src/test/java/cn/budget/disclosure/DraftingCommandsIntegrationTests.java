package cn.budget.disclosure;

import cn.budget.content.ContentAddress;
import cn.budget.content.CellSource;
import cn.budget.content.MeasureUnit;
import cn.budget.content.DraftContent;
import cn.budget.content.TableRows;
import cn.budget.content.StatedFigure;
import cn.budget.content.CellView;
import cn.budget.content.PartView;
import cn.budget.content.RowView;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.budget.IntegrationTest;
import cn.budget.Years;
import cn.budget.audit.AuditTrail;
import cn.budget.identity.Actor;
import cn.budget.identity.Directory;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
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
class DraftingCommandsIntegrationTests {

	@Autowired
	DisclosureDrafting drafting;

	@Autowired
	DisclosureQueries queries;

	@Autowired
	DisclosureLifecycle lifecycle;

	@Autowired
	AuditTrail audit;

	@Autowired
	Directory directory;

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
		DisclosureDocument placed = ContentInputs.document(drafting.placeImport(actor("drafter-ga"), id, content));
		assertThat(placed.getTitle()).isEqualTo("导入的标题");
		assertThat(placed.part("other_matters").orElseThrow().getFields().get("other_text").getValue())
			.isEqualTo("导入的说明。");
	}

	@Test
	void aSupervisorCreatesAFilledDraftForAnyDepartment() {
		DisclosureDocument created = ContentInputs.document(drafting.createFilled(actor("supervisor"), "305",
				Years.beyondTheForms(), "BUDGET", new DraftContent(null, MeasureUnit.YUAN,
						List.of(view(Disclosures.part("other_matters").field("other_text", "结转的说明。").build())))));
		assertThat(created.getUnitOfMeasure()).isEqualTo(MeasureUnit.YUAN.label());
		assertThat(created.part("other_matters").orElseThrow().getFields().get("other_text").getValue())
			.isEqualTo("结转的说明。");
	}

	@Test
	void aSubUnitDrafterFillsANewTableOfTheirOwnUnit() {
		long id = draft();
		TableRows rows = new TableRows("procurement_items", null, Map.of(),
				List.of(row("project_name", "交警执法记录仪", "amount", "12.00")));
		DisclosureDocument filled = drafting.replaceTable(actor("drafter-jj"), id, rows);
		TableContent table = filled.part("procurement").orElseThrow().tables("procurement_items").get(0);
		assertThat(table.getUnitCode()).isEqualTo("312006");
		assertThat(table.getRows()).extracting(r -> r.getCells().get("project_name").getValue())
			.containsExactly("交警执法记录仪");
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

	@Test
	void fieldsAndFiguresArePlacedByAddressAndAudited() {
		long id = draft();
		ContentAddress reception = ContentAddress.parse("three_public:table:three_public:row:reception:column:current");
		CellSource sentence = CellSource.text("公务接待费1.31万元，比上年减少0.09万元。", 7);
		drafting.fillFields(actor("drafter-ga"), id, version(id),
				Map.of(ContentAddress.parse("three_public:field:three_public_text"), "公务接待费1.31万元，比上年减少0.09万元。"));
		DisclosureDocument placed = drafting.placeFigures(actor("drafter-ga"), id, version(id),
				List.of(new StatedFigure(reception, new BigDecimal("1.31"), sentence)));
		PartContent part = placed.part("three_public").orElseThrow();
		assertThat(part.getFields().get("three_public_text").getValue()).startsWith("公务接待费1.31万元");
		CellContent cell = part.tables("three_public")
			.get(0)
			.getRows()
			.stream()
			.filter(r -> "reception".equals(r.getKey()))
			.findFirst()
			.orElseThrow()
			.getCells()
			.get("current");
		assertThat(cell.getAmount()).isEqualByComparingTo("1.31");
		assertThat(cell.getSource()).isEqualTo(sentence);
		assertThat(audit.of(actor("drafter-ga"), id)).extracting(AuditTrail.Event::actor)
			.containsOnly("drafter-ga")
			.hasSizeGreaterThanOrEqualTo(3);
	}

	@Test
	void fieldsAndFiguresAreFilledOnlyWithinScopeAndWhileDrafting() {
		long id = draft();
		Map<ContentAddress, String> text = Map.of(ContentAddress.parse("other_matters:field:other_text"), "无。");
		List<StatedFigure> figure = List
			.of(new StatedFigure(ContentAddress.parse("operating_funds:field:operating_funds_amount"), BigDecimal.TEN,
					CellSource.TYPED));
		assertThatExceptionOfType(DisclosureNotFoundException.class)
			.isThrownBy(() -> drafting.fillFields(actor("drafter-jy"), id, version(id), text));
		assertThatExceptionOfType(AccessDeniedException.class)
			.isThrownBy(() -> drafting.fillFields(actor("drafter-jj"), id, version(id), text));
		assertThatExceptionOfType(AccessDeniedException.class)
			.isThrownBy(() -> drafting.placeFigures(actor("drafter-jj"), id, version(id), figure));
		assertThatExceptionOfType(AccessDeniedException.class)
			.isThrownBy(() -> drafting.placeFigures(actor("leader-ga"), id, version(id), figure));
		assertThatExceptionOfType(AccessDeniedException.class)
			.isThrownBy(() -> drafting.fillFields(actor("supervisor"), id, version(id), text));
		drafting.update(actor("drafter-ga"), id, Disclosures.wholeBudgetDisclosure(document(id)));
		lifecycle.submit(id, "drafter-ga", null);
		assertThatExceptionOfType(IllegalDisclosureStateException.class)
			.isThrownBy(() -> drafting.fillFields(actor("drafter-ga"), id, version(id), text));
		assertThatExceptionOfType(IllegalDisclosureStateException.class)
			.isThrownBy(() -> drafting.placeFigures(actor("drafter-ga"), id, version(id), figure));
	}

	@Test
	void anUnknownAddressOrAnInvalidValueStoresNothing() {
		long id = draft();
		long version = document(id).getVersion();
		Map<ContentAddress, String> values = new LinkedHashMap<>();
		values.put(ContentAddress.parse("other_matters:field:other_text"), "无。");
		values.put(ContentAddress.parse("other_matters:field:no_such_field"), "无。");
		assertThatExceptionOfType(UnknownAddressException.class)
			.isThrownBy(() -> drafting.fillFields(actor("drafter-ga"), id, version(id), values))
			.satisfies(ex -> assertThat(ex.status().value()).isEqualTo(422));
		assertThatExceptionOfType(UnknownAddressException.class)
			.isThrownBy(() -> drafting.placeFigures(actor("drafter-ga"), id, version(id),
					List.of(new StatedFigure(
							ContentAddress.parse("overview:table:budget_overview:row:~999999:column:current"),
							BigDecimal.ONE, CellSource.TYPED))));
		assertThatExceptionOfType(ContentInvalidException.class)
			.isThrownBy(() -> drafting.fillFields(actor("drafter-ga"), id, version(id),
					Map.of(ContentAddress.parse("other_matters:field:other_text"), "无。",
							ContentAddress.parse("operating_funds:field:operating_funds_amount"), "很多")));
		DisclosureDocument after = document(id);
		assertThat(after.getVersion()).isEqualTo(version);
		assertThat(after.part("other_matters").orElseThrow().getFields().get("other_text")).isNull();
		assertThat(after.part("operating_funds").orElseThrow().getFields().get("operating_funds_amount")).isNull();
	}

	private long draft() {
		return drafting.createDraft(actor("drafter-ga"), "312", Years.beyondTheForms(), "BUDGET", MeasureUnit.WAN_YUAN);
	}

	private long version(long id) {
		return document(id).getVersion();
	}

	private DisclosureDocument document(long id) {
		return queries.get(actor("drafter-ga"), id);
	}

	private static RowView row(String... keyValues) {
		Map<String, CellView> cells = new java.util.LinkedHashMap<>();
		for (int i = 0; i < keyValues.length; i += 2) {
			cells.put(keyValues[i], CellView.of(keyValues[i + 1]));
		}
		return new RowView(null, null, 0, null, cells);
	}

	private static PartView view(PartContent part) {
		return ContentViews.of(part, MeasureUnit.WAN_YUAN);
	}

	private Actor actor(String username) {
		return directory.actorOf(username).orElseThrow();
	}

}
