package cn.budget.disclosure;

import cn.budget.content.ContentAddress;
import cn.budget.content.CellSource;
import cn.budget.content.StatedFigure;
import cn.budget.content.CellView;
import cn.budget.content.DisclosureContent;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.budget.IntegrationTest;
import cn.budget.audit.AuditTrail;
import org.junit.jupiter.api.Test;
import org.springframework.security.access.AccessDeniedException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The commands that write single values by {@link cn.budget.content.ContentAddress} (fill
 * fields, place figures) check the actor's scope and the lifecycle themselves, and store
 * all the values or none.
 */
@IntegrationTest
class FieldsAndFiguresIntegrationTests extends DraftingCommandsFixture {

	@Test
	void fieldsAndFiguresArePlacedByAddressAndAudited() {
		long id = draft();
		ContentAddress reception = ContentAddress.parse("three_public:table:three_public:row:reception:column:current");
		CellSource sentence = CellSource.text("公务接待费1.31万元，比上年减少0.09万元。", 7);
		drafting.fillFields(actor("drafter-ga"), id, version(id),
				Map.of(ContentAddress.parse("three_public:field:three_public_text"), "公务接待费1.31万元，比上年减少0.09万元。"));
		DisclosureContent placed = drafting.placeFigures(actor("drafter-ga"), id, version(id),
				List.of(new StatedFigure(reception, new BigDecimal("1.31"), sentence)));
		assertThat(placed.field("three_public", "three_public_text").value()).startsWith("公务接待费1.31万元");
		CellView cell = receptionNow(placed);
		assertThat(cell.amount()).isEqualByComparingTo("1.31");
		assertThat(cell.source()).isEqualTo(sentence);
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

}
