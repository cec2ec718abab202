package cn.budget;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import cn.budget.disclosure.CellContent;
import cn.budget.disclosure.DisclosureDocument;
import cn.budget.disclosure.DisclosureUpdate;
import cn.budget.disclosure.RowContent;
import cn.budget.disclosure.TableContent;
import org.junit.jupiter.api.Test;

/**
 * Oversize and malformed content of a draft, over the API and through its forms, answers
 * 4xx with a readable message in the caller's language, never 500, and changes nothing:
 * each test reads the disclosure again.
 */
@IntegrationTest
class RefusedDraftInputIntegrationTests extends RefusedInputFixture {

	@Test
	void aTitleOverFiveHundredCharactersIsRefused() throws Exception {
		DisclosureDocument before = created();
		DisclosureUpdate update = new DisclosureUpdate();
		update.setVersion(before.getVersion());
		update.setTitle(LONG_501);
		putApi(before.getId(), update, "zh-CN").andExpect(status().isUnprocessableEntity())
			.andExpect(jsonPath("$.errors[0].field").value("title"))
			.andExpect(jsonPath("$.errors[0].message").value("内容过长，最多 500 个字符。"));
		putApi(before.getId(), update, "en").andExpect(status().isUnprocessableEntity())
			.andExpect(jsonPath("$.errors[0].message").value("Too long: at most 500 characters."));
		assertUnchanged(before);
	}

	@Test
	void cellsLargerThanTheirColumnsAreRefused() throws Exception {
		DisclosureDocument before = created();
		DisclosureUpdate update = part(before, "other_matters");
		update.getParts().get(0).getFields().put("other_text", CellContent.of("长".repeat(100_001)));
		putApi(before.getId(), update, "zh-CN").andExpect(status().isUnprocessableEntity())
			.andExpect(jsonPath("$.errors[0].message").value("内容过长，最多 100,000 个字符。"));
		DisclosureUpdate table = part(before, "glossary");
		TableContent glossary = new TableContent("glossary");
		glossary.setConfidential(true);
		glossary.setConfidentialReason(LONG_501);
		glossary.addRow().getCells().put("term", CellContent.of("长".repeat(2001)));
		table.getParts().get(0).getTables().set(0, glossary);
		putApi(before.getId(), table, "zh-CN").andExpect(status().isUnprocessableEntity())
			.andExpect(jsonPath("$.errors.length()").value(2))
			.andExpect(jsonPath("$.errors[0].message").value("内容过长，最多 500 个字符。"));
		// Each cell fits its column, but the whole row would not fit the audit trail's
		// record of it.
		DisclosureUpdate row = part(before, "glossary");
		TableContent terms = new TableContent("glossary");
		RowContent wide = terms.addRow();
		wide.getCells().put("term", CellContent.of("词"));
		wide.getCells().put("definition", CellContent.of("长".repeat(99_999)));
		row.getParts().get(0).getTables().set(0, terms);
		putApi(before.getId(), row, "zh-CN").andExpect(status().isUnprocessableEntity())
			.andExpect(jsonPath("$.errors[0].message").value("这一行的文字过长，全行合计最多 100,000 个字符。"));
		assertUnchanged(before);
	}

	@Test
	void tooManyRowsOrTablesAreRefusedOverTheApi() throws Exception {
		DisclosureDocument before = created();
		DisclosureUpdate update = part(before, "glossary");
		TableContent glossary = new TableContent("glossary");
		for (int i = 0; i < 2001; i++) {
			glossary.addRow().getCells().put("term", CellContent.of("词" + i));
		}
		update.getParts().get(0).getTables().set(0, glossary);
		putApi(before.getId(), update, "zh-CN").andExpect(status().isUnprocessableEntity())
			.andExpect(jsonPath("$.errors[0].message").value("一张表最多 2,000 行。"));
		DisclosureUpdate tables = part(before, "performance");
		for (int i = 0; i < 201; i++) {
			tables.getParts().get(0).getTables().add(new TableContent("project_performance"));
		}
		putApi(before.getId(), tables, "en").andExpect(status().isUnprocessableEntity())
			.andExpect(jsonPath("$.errors[0].message").value("A part holds at most 200 tables."));
		assertUnchanged(before);
	}

	@Test
	void anAmbiguousNumberIsRefusedWithAHint() throws Exception {
		DisclosureDocument before = created();
		DisclosureUpdate update = part(before, "operating_funds");
		update.getParts().get(0).getFields().put("operating_funds_amount", CellContent.of("12,34"));
		putApi(before.getId(), update, "zh-CN").andExpect(status().isUnprocessableEntity())
			.andExpect(jsonPath("$.errors[0].message").value(containsString("小数点")));
		putApi(before.getId(), update, "en").andExpect(status().isUnprocessableEntity())
			.andExpect(jsonPath("$.errors[0].message").value(containsString("decimal point")));
		assertUnchanged(before);
	}

	@Test
	void aFormNamingAnAbsurdRowIsRefusedWithoutBuildingIt() throws Exception {
		DisclosureDocument before = created();
		for (String index : List.of("100000", "2000")) {
			mvc.perform(post("/disclosures/" + before.getId() + "/parts/glossary").with(httpBasic("drafter-ga", "demo"))
				.with(csrf())
				.param("version", String.valueOf(before.getVersion()))
				.param("tables[0].key", "glossary")
				.param("tables[0].rows[" + index + "].cells[term].value", "词"))
				.andExpect(status().isBadRequest())
				.andExpect(content().string(containsString("表格的行号或表号超出了上限")));
		}
		mvc.perform(post("/disclosures/" + before.getId() + "/parts/glossary").with(httpBasic("drafter-ga", "demo"))
			.with(csrf())
			.param("version", String.valueOf(before.getVersion()))
			.param("tables[100000].key", "glossary")
			.cookie(new jakarta.servlet.http.Cookie("lang", "en")))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("row or table number beyond")));
		// A forged button changes nothing and shows the page again.
		for (String action : List.of("removeTable:abc", "removeTable:99999999999", "removeTable:-1")) {
			mvc.perform(post("/disclosures/" + before.getId() + "/parts/glossary").with(httpBasic("drafter-ga", "demo"))
				.with(csrf())
				.param("version", String.valueOf(before.getVersion()))
				.param("_action", action)).andExpect(status().isOk());
		}
		assertUnchanged(before);
	}

}
