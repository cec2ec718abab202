package cn.budget.disclosure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;

import cn.budget.IntegrationTest;
import cn.budget.Years;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

/**
 * The disclosure API stores what it is sent: a draft with every part and the fixed rows,
 * one a year, every value read back as written, and a sub-unit drafter's own tables only.
 * What it refuses is {@link DisclosureApiRefusalsIntegrationTests}.
 */
@IntegrationTest
class DisclosureApiIntegrationTests extends DisclosureApiFixture {

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
		everyPartReadsBackAsSent(update, read);
		cellsKeepTheirComparatorUnitAndConfidentiality(read);
	}

	private void everyPartReadsBackAsSent(DisclosureUpdate update, DisclosureDocument read) {
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
	}

	private static void cellsKeepTheirComparatorUnitAndConfidentiality(DisclosureDocument read) {
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
