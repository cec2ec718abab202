package cn.budget.disclosure;

import java.math.BigDecimal;
import java.util.List;

import cn.budget.content.ContentDiff;
import cn.budget.content.CellSource;
import cn.budget.content.MeasureUnit;
import cn.budget.content.CellView;
import cn.budget.content.DisclosureContent;
import cn.budget.content.PartView;
import cn.budget.content.RowView;
import cn.budget.content.TableView;
import cn.budget.template.ShippedTemplates;
import cn.budget.template.TemplateDefinition;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The read views built from a document: typed units, amounts, confidential cells and
 * provenance carried, and nothing a reader could change.
 */
class ContentViewsTests {

	private final ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule());

	@Test
	void unitsAreTypedAndATableWithoutItsOwnFollowsTheDocument() throws Exception {
		DisclosureContent view = document().view();

		assertThat(view.unit()).isEqualTo(MeasureUnit.WAN_YUAN);
		List<TableView> tables = view.part("three_public").orElseThrow().tables();
		assertThat(tables.get(0).declaredUnit()).isNull();
		assertThat(tables.get(0).unit()).isEqualTo(MeasureUnit.WAN_YUAN);
		assertThat(tables.get(1).declaredUnit()).isEqualTo(MeasureUnit.YUAN);
		assertThat(tables.get(1).unit()).isEqualTo(MeasureUnit.YUAN);
	}

	@Test
	void amountsConfidentialCellsAndProvenanceAreCarried() throws Exception {
		DisclosureContent view = document().view();

		TableView table = view.table("three_public", "three_public").orElseThrow();
		RowView total = table.row("total").orElseThrow();
		assertThat(total.cell("current").amount()).isEqualByComparingTo("1234.5");
		assertThat(total.cell("current").unit()).isEqualTo("万元");
		assertThat(total.cell("current").source()).isEqualTo(CellSource.text("收入合计1234.5万元。", 7));
		assertThat(total.cell("current").fromText()).isTrue();
		assertThat(total.text("item")).isEqualTo("合计");
		CellView secret = table.rows().get(1).cell("current");
		assertThat(secret.confidential()).isTrue();
		assertThat(secret.masked().value()).isEqualTo(CellView.MASK);
		assertThat(secret.masked().amount()).isNull();
		assertThat(secret.masked().source()).isNull();
		assertThat(view.field("three_public", "three_public_text").text()).isEqualTo("说明");
		assertThat(view.field("three_public", "missing")).isEqualTo(CellView.EMPTY);
		assertThat(table.rows().get(1).cell("absent").isBlank()).isTrue();
	}

	@Test
	void targetsAreReadFromTheValue() {
		assertThat(CellView.of("≥95%").target().orElseThrow().number()).isEqualByComparingTo(new BigDecimal("95"));
		assertThat(CellView.of(" ").target()).isEmpty();
	}

	@Test
	void theViewsCannotBeChanged() throws Exception {
		DisclosureContent view = document().view();
		PartView part = view.part("three_public").orElseThrow();

		assertThatThrownBy(() -> view.parts().clear()).isInstanceOf(UnsupportedOperationException.class);
		assertThatThrownBy(() -> part.tables().clear()).isInstanceOf(UnsupportedOperationException.class);
		assertThatThrownBy(() -> part.fields().clear()).isInstanceOf(UnsupportedOperationException.class);
		assertThatThrownBy(() -> part.tables().get(0).rows().get(0).cells().clear())
			.isInstanceOf(UnsupportedOperationException.class);
	}

	@Test
	void theDiffOfTwoViewsIsTheDiffOfTheirDocuments() throws Exception {
		DisclosureDocument older = document();
		DisclosureDocument newer = document();
		newer.part("three_public").orElseThrow().getTables().get(0).getRows().get(0).cell("current").setValue("1300");
		newer.part("three_public").orElseThrow().getTables().get(1).setConfidential(true);
		TemplateDefinition template = ShippedTemplates.current("BUDGET");

		assertThat(ContentDiff.between(older.view(), newer.view(), template)).hasSize(2);
		assertThat(ContentDiff.between(older.view(), newer.view(), template))
			.isEqualTo(ContentDiff.ofPart(template.part("three_public").orElseThrow(),
					ContentViews.of(older.part("three_public").orElseThrow(), null),
					ContentViews.of(newer.part("three_public").orElseThrow(), null)));
	}

	private DisclosureDocument document() throws Exception {
		String text = """
				{"id": 7, "departmentCode": "312", "departmentName": "县公安局", "fiscalYear": 2026,
				 "template": "department-budget", "templateId": 1, "title": "2026年县公安局部门预算",
				 "unitOfMeasure": "万元", "version": 3, "state": "DRAFT",
				 "parts": [{"key": "three_public", "numeral": "一", "title": "预算", "filled": true,
				   "fields": {"three_public_text": {"value": "说明"}},
				   "tables": [
				     {"id": 11, "key": "three_public", "title": "收入", "rows": [
				       {"id": 21, "key": "total", "role": "TOTAL", "cells": {
				         "item": {"value": "合计"},
				         "current": {"value": "1234.5", "amount": 1234.5, "unit": "万元",
				                    "source": {"kind": "TEXT", "sentence": "收入合计1234.5万元。", "line": 7}}}},
				       {"id": 22, "cells": {"current": {"value": "8", "confidential": true, "amount": 8,
				                    "source": {"kind": "TABLE", "line": 9}}}}]},
				     {"id": 12, "key": "three_public", "title": "收入（元）", "unitOfMeasure": "元", "rows": []}]}]}
				""";
		return json.readValue(text, DisclosureDocument.class);
	}

}
