package cn.budget.disclosure;

import cn.budget.content.CellSource;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A read view written as JSON has the API's document shape, field for field: the import's
 * answer carries the stored draft as a view and must not change the documented contract.
 */
class ContentJsonTests {

	// As the application's mapper: the serializer is this package's JSON component.
	private final ObjectMapper json = JsonMapper.builder()
		.findAndAddModules()
		.addModule(new SimpleModule().addSerializer(new ContentJson()))
		.build();

	private static final String DOCUMENT = """
			{"id":7,"departmentCode":"312","departmentName":"公安局","fiscalYear":2026,"template":"BUDGET",
			 "templateId":3,"title":"平乡县公安局2026年部门预算信息公开","unitOfMeasure":"万元","version":4,
			 "state":"DRAFT","roundId":5,"updatedBy":"drafter-ga",
			 "parts":[{"key":"overview","numeral":"一","title":"概况","filled":true,
			   "fields":{"intro":{"value":"说明。","confidential":false,
			     "source":{"kind":"TEXT","sentence":"收入共计1.5万元。","line":3}}},
			   "tables":[{"id":11,"key":"budget_overview","title":"收支总表","unitCode":"312001",
			     "unitOfMeasure":"元","confidential":true,"confidentialReason":"涉密","header":{},
			     "rows":[{"id":21,"key":"revenue_total","level":1,"role":"TOTAL",
			       "cells":{"current":{"value":"1.50","confidential":false,"amount":1.50,"unit":"元",
			         "source":{"kind":"TABLE","line":9}},
			         "target":{"value":"≥95%","confidential":true,"comparator":"≥","amount":95,"unit":"%"}}}]}]},
			  {"key":"other_matters","numeral":"二","title":"其他","filled":false,"fields":{},"tables":[]}]}
			""";

	@Test
	void aReadViewIsWrittenInTheShapeOfTheDocument() throws Exception {
		DisclosureDocument document = json.readValue(DOCUMENT, DisclosureDocument.class);
		assertThat(json.readTree(json.writeValueAsString(document.view())))
			.isEqualTo(json.readTree(json.writeValueAsString(document)));
		assertThat(json.readTree(json.writeValueAsString(document.view()))).isEqualTo(json.readTree(DOCUMENT));
	}

	@Test
	void inputViewsBecomeTheWritersWorkingCopiesUnchanged() throws Exception {
		DisclosureDocument document = json.readValue(DOCUMENT, DisclosureDocument.class);
		PartContent part = ContentInputs.part(document.view().part("overview").orElseThrow());
		assertThat(part.getTables()).containsExactlyElementsOf(document.part("overview").orElseThrow().getTables());
		assertThat(part.getTables().get(0).getId()).isEqualTo(11L);
		assertThat(part.getTables().get(0).getRows().get(0).getCells().get("current").getSource())
			.isEqualTo(CellSource.table(9));
		assertThat(part.getFields()).isEqualTo(document.part("overview").orElseThrow().getFields());
	}

}
