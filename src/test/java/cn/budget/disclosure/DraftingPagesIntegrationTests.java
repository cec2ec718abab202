package cn.budget.disclosure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.budget.content.MeasureUnit;
import cn.budget.IntegrationTest;
import cn.budget.Years;
import cn.budget.identity.Actor;
import cn.budget.identity.Directory;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@IntegrationTest
class DraftingPagesIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	DisclosureDrafting drafting;

	@Autowired
	DisclosureQueries queries;

	@Autowired
	Directory directory;

	@Test
	void savesAPartAndShowsItAgain() throws Exception {
		DisclosureDocument created = create();
		mvc.perform(
				save(created, "operating_funds", "drafter-ga").param("fields[operating_funds_amount].value", "657.20")
					.param("fields[operating_funds_text].value", "办公费、印刷费、邮电费"))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/disclosures/" + created.getId() + "/parts/operating_funds"));
		String page = page(created, "operating_funds", "drafter-ga");
		assertThat(page).contains("value=\"657.20\"").contains("办公费、印刷费、邮电费").contains("已填");
	}

	@Test
	void aFailedSaveKeepsWhatWasTypedAndShowsTheMessageAtTheField() throws Exception {
		DisclosureDocument created = create();
		String page = mvc
			.perform(save(created, "operating_funds", "drafter-ga")
				.param("fields[operating_funds_amount].value", "六百五十七万")
				.param("fields[operating_funds_text].value", "刚刚输入的说明"))
			.andExpect(status().isUnprocessableEntity())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("value=\"六百五十七万\"")
			.contains("刚刚输入的说明")
			.contains("is-invalid")
			.contains("“六百五十七万”不是有效金额或数字");
		assertThat(version(created)).isEqualTo(created.getVersion());
	}

	@Test
	void aStaleSaveShowsTheConflictAndKeepsWhatWasTyped() throws Exception {
		DisclosureDocument created = create();
		mvc.perform(save(created, "other_matters", "drafter-ga").param("fields[other_text].value", "第一次保存"))
			.andExpect(status().isFound());
		String page = mvc
			.perform(save(created, "other_matters", "drafter-ga").param("fields[other_text].value", "基于旧版本的修改"))
			.andExpect(status().isConflict())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("文档已被他人修改").contains("基于旧版本的修改");
		assertThat(queries.document(Actor.SYSTEM, created.getId())
			.part("other_matters")
			.orElseThrow()
			.getFields()
			.get("other_text")
			.getValue()).isEqualTo("第一次保存");
	}

	@Test
	void addingATableShowsItWithoutSavingAndKeepsTypedValues() throws Exception {
		DisclosureDocument created = create();
		PartContent stored = created.part("performance").orElseThrow();
		String page = mvc
			.perform(save(created, "performance", "drafter-ga").param("_action", "addTable:project_performance")
				.param("tables[0].id", String.valueOf(stored.getTables().get(0).getId()))
				.param("tables[0].key", stored.getTables().get(0).getKey())
				.param("tables[1].id", String.valueOf(stored.getTables().get(1).getId()))
				.param("tables[1].key", stored.getTables().get(1).getKey())
				.param("fields[overall_goal].value", "尚未保存的总体目标"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("尚未保存的总体目标").contains("name=\"tables[2].header[project_code].value\"");
		assertThat(version(created)).isEqualTo(created.getVersion());
	}

	@Test
	void rowsPostedOutOfOrderAreStoredInTheirPositions() throws Exception {
		DisclosureDocument created = create();
		long tableId = created.part("glossary").orElseThrow().getTables().get(0).getId();
		mvc.perform(save(created, "glossary", "drafter-ga").param("tables[0].id", String.valueOf(tableId))
			.param("tables[0].key", "glossary")
			.param("tables[0].rows[0].position", "1")
			.param("tables[0].rows[0].cells[term].value", "项目支出")
			.param("tables[0].rows[3].position", "0")
			.param("tables[0].rows[3].cells[term].value", "基本支出")).andExpect(status().isFound());
		TableContent glossary = queries.document(Actor.SYSTEM, created.getId())
			.part("glossary")
			.orElseThrow()
			.getTables()
			.get(0);
		assertThat(glossary.getRows()).extracting(r -> r.text("term")).containsExactly("基本支出", "项目支出");
	}

	@Test
	void aSubUnitDrafterGetsInputsForTheirOwnTablesOnly() throws Exception {
		DisclosureDocument created = create();
		PartContent performance = new PartContent("performance");
		TableContent own = TableFactory.newTable(queries.templateOf(created).table("project_performance").orElseThrow(),
				"312006");
		TableContent other = TableFactory
			.newTable(queries.templateOf(created).table("project_performance").orElseThrow(), "312001");
		own.addRow().getCells().put("name", CellContent.of("交通事故处置及时性"));
		other.addRow().getCells().put("name", CellContent.of("安全性"));
		performance.getTables().add(other);
		performance.getTables().add(own);
		drafting.savePart(directory.actorOf("drafter-ga").orElseThrow(), created.getId(), "performance", performance,
				created.getVersion());

		java.util.List<TableContent> stored = queries.document(Actor.SYSTEM, created.getId())
			.part("performance")
			.orElseThrow()
			.getTables();
		int ownIndex = stored
			.indexOf(stored.stream().filter(t -> "312006".equals(t.getUnitCode())).findFirst().orElseThrow());
		int otherIndex = stored
			.indexOf(stored.stream().filter(t -> "312001".equals(t.getUnitCode())).findFirst().orElseThrow());
		String page = page(created, "performance", "drafter-jj");
		assertThat(page).contains("name=\"tables[" + ownIndex + "].rows[0].cells[name].value\"")
			.doesNotContain("name=\"tables[" + otherIndex + "].rows[0].cells[name].value\"")
			.doesNotContain("name=\"fields[overall_goal].value\"")
			.contains("安全性");
	}

	private DisclosureDocument create() {
		return ContentInputs.document(drafting.create(Actor.system("drafter-ga"),
				new NewDisclosure("312", Years.beyondTheForms(), "BUDGET", MeasureUnit.WAN_YUAN.label())));
	}

	private MockHttpServletRequestBuilder save(DisclosureDocument d, String part, String user) {
		return post("/disclosures/" + d.getId() + "/parts/" + part).with(httpBasic(user, "demo"))
			.with(csrf())
			.param("version", String.valueOf(d.getVersion()));
	}

	private String page(DisclosureDocument d, String part, String user) throws Exception {
		return mvc.perform(get("/disclosures/" + d.getId() + "/parts/" + part).with(httpBasic(user, "demo")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	private long version(DisclosureDocument d) {
		return queries.document(Actor.SYSTEM, d.getId()).getVersion();
	}

}
