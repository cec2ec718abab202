package cn.budget.disclosure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.budget.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

/**
 * The disclosure API refuses invalid values per field, in English when asked, and a stale
 * version as a conflict, and stores nothing of what it refused.
 */
@IntegrationTest
class DisclosureApiRefusalsIntegrationTests extends DisclosureApiFixture {

	@Test
	void invalidValuesAreRefusedPerFieldAndNothingIsStored() throws Exception {
		DisclosureDocument created = create("BUDGET");
		DisclosureUpdate update = Disclosures.wholeBudgetDisclosure(created);
		PartContent funds = update.getParts().get(2);
		funds.getFields().get("operating_funds_amount").setValue("六百五十七");
		mvc.perform(put("/api/disclosures/" + created.getId()).with(httpBasic("drafter-ga", "demo"))
			.contentType(MediaType.APPLICATION_JSON)
			.content(json.writeValueAsString(update)))
			.andExpect(status().isUnprocessableEntity())
			.andExpect(jsonPath("$.errors[0].field").value("parts[2].fields[operating_funds_amount].value"))
			.andExpect(jsonPath("$.errors[0].code").value("validation.decimal"))
			.andExpect(jsonPath("$.errors[0].message").value("“六百五十七”不是有效金额或数字，请输入如 1,234.56 的数字。"));
		DisclosureDocument unchanged = read(created.getId());
		assertThat(unchanged.getVersion()).isEqualTo(created.getVersion());
		assertThat(unchanged.part("duties").orElseThrow().getFilled()).isFalse();
	}

	@Test
	void errorsSpeakEnglishWhenAsked() throws Exception {
		DisclosureDocument created = create("PERFORMANCE");
		DisclosureUpdate update = new DisclosureUpdate();
		update.setVersion(created.getVersion());
		PartContent part = new PartContent("project_performance");
		TableContent table = new TableContent("project_performance");
		table.getHeader().put("plan_march", CellContent.of("130%"));
		part.getTables().add(table);
		update.getParts().add(part);
		mvc.perform(put("/api/disclosures/" + created.getId()).with(httpBasic("drafter-ga", "demo"))
			.header("Accept-Language", "en")
			.contentType(MediaType.APPLICATION_JSON)
			.content(json.writeValueAsString(update)))
			.andExpect(status().isUnprocessableEntity())
			.andExpect(jsonPath("$.errors[0].field").value("parts[0].tables[0].header[plan_march].value"))
			.andExpect(jsonPath("$.errors[0].message")
				.value("\"130%\" is out of range: a percentage lies between 0 and 100."));
	}

	@Test
	void aStaleVersionIsAConflictAndLeavesTheStoredContentAlone() throws Exception {
		DisclosureDocument created = create("BUDGET");
		write(created.getId(), Disclosures.wholeBudgetDisclosure(created));
		DisclosureUpdate stale = Disclosures.wholeBudgetDisclosure(created);
		stale.getParts().get(2).getFields().get("operating_funds_amount").setValue("1.00");
		mvc.perform(put("/api/disclosures/" + created.getId()).with(httpBasic("drafter-ga", "demo"))
			.contentType(MediaType.APPLICATION_JSON)
			.content(json.writeValueAsString(stale)))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.currentVersion").isNumber());
		assertThat(read(created.getId()).part("operating_funds")
			.orElseThrow()
			.getFields()
			.get("operating_funds_amount")
			.getValue()).isEqualTo("657.20");
	}

}
