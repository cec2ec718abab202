package cn.budget.disclosure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;

import cn.budget.IntegrationTest;
import cn.budget.Years;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class DisclosureApiIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ObjectMapper json;

	@Test
	void createsADraftWithEveryPartAndTheFixedRows() throws Exception {
		int year = Years.next();
		mvc.perform(post("/api/disclosures").with(httpBasic("drafter-ga", "demo"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"departmentCode\":\"312\",\"fiscalYear\":" + year + ",\"template\":\"BUDGET\"}"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.title").value("县公安局" + year + "年部门预算信息公开"))
			.andExpect(jsonPath("$.unitOfMeasure").value("万元"))
			.andExpect(jsonPath("$.state").value("DRAFT"))
			.andExpect(jsonPath("$.parts.length()").value(10))
			.andExpect(jsonPath("$.parts[1].tables[0].rows[8].key").value("basic"))
			.andExpect(jsonPath("$.parts[1].tables[0].rows[8].cells.item.value").value("基本支出"));
	}

	@Test
	void aSecondDisclosureOfTheSameYearIsAConflict() throws Exception {
		DisclosureDocument created = create("BUDGET");
		mvc.perform(post("/api/disclosures").with(httpBasic("drafter-ga", "demo"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"departmentCode\":\"312\",\"fiscalYear\":" + created.getFiscalYear()
					+ ",\"template\":\"BUDGET\"}"))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.existingId").value(created.getId()));
	}

	@Test
	void storesAWholeDisclosureAndReadsEveryValueBack() throws Exception {
		DisclosureDocument created = create("BUDGET");
		DisclosureUpdate update = Disclosures.wholeBudgetDisclosure(created);
		DisclosureDocument saved = write(created.getId(), update);

		assertThat(saved.getVersion()).isGreaterThan(created.getVersion());
		assertThat(saved.getParts()).filteredOn(p -> !"standard_tables".equals(p.getKey()))
			.allSatisfy(p -> assertThat(p.getFilled()).as(p.getKey()).isTrue());
		DisclosureDocument read = read(created.getId());
		for (PartContent sent : update.getParts()) {
			PartContent stored = read.part(sent.getKey()).orElseThrow();
			assertThat(stored.getFields()).as(sent.getKey()).isEqualTo(sent.getFields());
			// Tables sent without a title get the definition's title.
			sent.getTables()
				.stream()
				.filter(t -> t.getTitle() == null)
				.forEach(t -> t.setTitle(stored.tables(t.getKey()).get(0).getTitle()));
			for (TableContent table : stored.getTables()) {
				TableContent expected = sent.getTables().get(stored.getTables().indexOf(table));
				// Fixed rows take level and role from the template and are all kept.
				assertThat(table.getRows()
					.stream()
					.filter(r -> expected.getRows().stream().anyMatch(e -> sameRow(e, r)))
					.count()).as(sent.getKey() + "/" + table.getKey()).isEqualTo(expected.getRows().size());
			}
		}
		PartContent performance = read.part("performance").orElseThrow();
		TableContent project = performance.tables("project_performance").get(0);
		CellContent target = project.getRows().get(0).getCells().get("target");
		assertThat(target.getValue()).isEqualTo("≥95百分比");
		assertThat(target.getComparator()).isEqualTo("≥");
		assertThat(target.getAmount()).isEqualByComparingTo("95");
		assertThat(target.getUnit()).isEqualTo("%");
		assertThat(project.getRows().get(2).getCells().get("description").isConfidential()).isTrue();
		assertThat(project.getHeader().get("budget_total").getAmount()).isEqualByComparingTo(new BigDecimal("85"));
		TableContent procurement = read.part("procurement").orElseThrow().getTables().get(0);
		assertThat(procurement.getRows().get(4).getCells().get("amount").isConfidential()).isTrue();
		assertThat(procurement.getRows().get(0).getRole()).isEqualTo("TOTAL");
		assertThat(performance.tables("duty_activities").get(0).getRows().get(1).getLevel()).isEqualTo(1);
	}

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

	@Test
	void aSubUnitDrafterChangesTheirOwnTablesOnly() throws Exception {
		DisclosureDocument created = create("BUDGET");
		DisclosureDocument saved = write(created.getId(), Disclosures.wholeBudgetDisclosure(created));

		DisclosureUpdate own = asUpdate(saved, "performance");
		TableContent traffic = own.getParts().get(0).tables("project_performance").get(1);
		traffic.getRows().get(0).getCells().get("target").setValue("≤40分钟");
		DisclosureDocument afterOwn = write(created.getId(), own, "drafter-jj");
		assertThat(afterOwn.part("performance")
			.orElseThrow()
			.tables("project_performance")
			.get(1)
			.getRows()
			.get(0)
			.getCells()
			.get("target")
			.getValue()).isEqualTo("≤40分钟");

		DisclosureUpdate foreign = asUpdate(afterOwn, "performance");
		foreign.getParts().get(0).tables("project_performance").get(0).getHeader().get("budget_total").setValue("1.00");
		mvc.perform(put("/api/disclosures/" + created.getId()).with(httpBasic("drafter-jj", "demo"))
			.contentType(MediaType.APPLICATION_JSON)
			.content(json.writeValueAsString(foreign))).andExpect(status().isForbidden());
	}

	DisclosureDocument create(String template) throws Exception {
		String body = mvc
			.perform(post("/api/disclosures").with(httpBasic("drafter-ga", "demo"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"departmentCode\":\"312\",\"fiscalYear\":" + Years.next() + ",\"template\":\"" + template
						+ "\"}"))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return json.readValue(body, DisclosureDocument.class);
	}

	DisclosureDocument read(long id) throws Exception {
		String body = mvc.perform(get("/api/disclosures/" + id).with(httpBasic("drafter-ga", "demo")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return json.readValue(body, DisclosureDocument.class);
	}

	DisclosureDocument write(long id, DisclosureUpdate update) throws Exception {
		return write(id, update, "drafter-ga");
	}

	DisclosureDocument write(long id, DisclosureUpdate update, String user) throws Exception {
		String body = mvc
			.perform(put("/api/disclosures/" + id).with(httpBasic(user, "demo"))
				.contentType(MediaType.APPLICATION_JSON)
				.content(json.writeValueAsString(update)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return json.readValue(body, DisclosureDocument.class);
	}

	/** Same key (for fixed rows) or same level and role, and the same cells. */
	static boolean sameRow(RowContent sent, RowContent stored) {
		boolean shape = sent.getKey() != null ? sent.getKey().equals(stored.getKey())
				: sent.getLevel() == stored.getLevel() && java.util.Objects.equals(sent.getRole(), stored.getRole());
		return shape && RowContent.nonBlank(sent.getCells()).equals(RowContent.nonBlank(stored.getCells()));
	}

	static DisclosureUpdate asUpdate(DisclosureDocument document, String partKey) {
		DisclosureUpdate update = new DisclosureUpdate();
		update.setVersion(document.getVersion());
		update.getParts().add(document.part(partKey).orElseThrow());
		return update;
	}

}
