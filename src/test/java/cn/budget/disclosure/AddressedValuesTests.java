package cn.budget.disclosure;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import cn.budget.content.ContentAddress;
import cn.budget.content.CellSource;
import cn.budget.content.MeasureUnit;
import cn.budget.content.StatedFigure;
import cn.budget.template.PartDefinition;
import cn.budget.template.ShippedTemplates;
import cn.budget.template.TemplateDefinition;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The values of {@code fillFields} and {@code placeFigures} go to the place their address
 * names in copies of the stored parts; an address the draft does not have is refused
 * before anything is written, and the draft itself is never touched here.
 */
class AddressedValuesTests {

	private static final TemplateDefinition BUDGET = ShippedTemplates.current("BUDGET");

	private final Disclosure draft = draft();

	@Test
	void aTextFieldIsWrittenWithoutProvenance() {
		List<PartContent> parts = written(Map.of(ContentAddress.parse("other_matters:field:other_text"), "无。"),
				List.of());
		assertThat(parts).singleElement().satisfies(part -> {
			assertThat(part.getKey()).isEqualTo("other_matters");
			assertThat(part.getFields().get("other_text").getValue()).isEqualTo("无。");
			assertThat(part.getFields().get("other_text").getSource()).isNull();
		});
		assertThat(draft.section("other_matters").orElseThrow().getFields().get("other_text")).isNull();
	}

	@Test
	void aFigureGoesToItsFixedRowsCellWithItsSentence() {
		CellSource sentence = CellSource.text("公务接待费1.31万元。", 12);
		List<PartContent> parts = written(Map.of(),
				List.of(new StatedFigure(
						ContentAddress.parse("three_public:table:three_public:row:reception:column:current"),
						new BigDecimal("1.31"), sentence)));
		RowContent reception = parts.get(0)
			.tables("three_public")
			.get(0)
			.getRows()
			.stream()
			.filter(r -> "reception".equals(r.getKey()))
			.findFirst()
			.orElseThrow();
		assertThat(reception.getCells().get("current").getValue()).isEqualTo("1.31");
		assertThat(reception.getCells().get("current").getSource()).isEqualTo(sentence);
		assertThat(parts.get(0).tables("three_public").get(0).getRows())
			.hasSize(BUDGET.part("three_public").orElseThrow().table("three_public").orElseThrow().fixedRows().size());
	}

	@Test
	void anAmountFieldTakesAFigure() {
		List<PartContent> parts = written(Map.of(),
				List.of(new StatedFigure(ContentAddress.parse("operating_funds:field:operating_funds_amount"),
						new BigDecimal("657.2"), CellSource.text("机关运行经费657.2万元。", 3))));
		assertThat(parts.get(0).getFields().get("operating_funds_amount").getValue()).isEqualTo("657.2");
	}

	@Test
	void addressesTheDraftDoesNotHaveAreRefused() {
		List.of("no_part:field:text", "other_matters:field:no_field", "other_matters",
				"overview:table:no_table:row:total:column:current",
				"overview:table:budget_overview:row:no_row:column:current",
				"overview:table:budget_overview:row:revenue_total:column:no_column", "overview:table:budget_overview",
				"overview:table:3:row:0:column:current", "overview:table:budget_overview:row:~999:column:current",
				"performance:table:project_performance:field:project_name")
			.forEach(text -> assertThatExceptionOfType(UnknownAddressException.class).as(text)
				.isThrownBy(() -> written(Map.of(ContentAddress.parse(text), "1"), List.of()))
				.satisfies(ex -> assertThat(ex.status().value()).isEqualTo(422))
				.satisfies(ex -> assertThat(ex.getArgs()).containsExactly(ContentAddress.parse(text))));
	}

	@Test
	void aTableAndARowMayBeNamedByPosition() {
		List<PartContent> parts = written(
				Map.of(ContentAddress.parse("three_public:table:0:row:0:column:reason"), "压减"), List.of());
		assertThat(parts.get(0).getTables().get(0).getRows().get(0).getCells().get("reason").getValue())
			.isEqualTo("压减");
	}

	private List<PartContent> written(Map<ContentAddress, String> fields, List<StatedFigure> figures) {
		return AddressedValues.written(BUDGET, draft, fields, figures);
	}

	// A new draft with its single tables, as DraftWriter creates one.
	private static Disclosure draft() {
		Disclosure draft = Disclosure.draft(BUDGET, "312", 2030, "标题", MeasureUnit.WAN_YUAN, "drafter-ga",
				Instant.parse("2026-03-02T08:00:00Z"));
		for (PartDefinition part : BUDGET.parts()) {
			PartContent initial = new PartContent(part.key());
			part.tables()
				.stream()
				.filter(t -> !t.repeatable())
				.forEach(t -> initial.getTables().add(TableFactory.newTable(t, null)));
			SectionMerge.apply(draft.section(part.key()).orElseThrow(), initial, part, MeasureUnit.WAN_YUAN, true);
		}
		return draft;
	}

}
