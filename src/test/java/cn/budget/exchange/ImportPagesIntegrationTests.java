package cn.budget.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;

import cn.budget.IntegrationTest;
import cn.budget.Years;
import cn.budget.support.DatabaseAgnostic;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
@DatabaseAgnostic
class ImportPagesIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Test
	void theImportPageOffersUploadExcelTemplatesAndCopyForward() throws Exception {
		String page = mvc.perform(get("/imports").with(httpBasic("drafter-ga", "demo")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("id=\"import-form\"", "id=\"excel-form\"", "/imports/copy-forward",
				"/imports/templates/BUDGET/procurement_items.xlsx", "/js/imports.js", "导入已有文档");
		assertThat(page).as("the per-part counts of the report").contains("result-parts", "各部分放置情况", "取自正文");
	}

	@Test
	void theScriptUploadsWithinTheSessionAndGetsTheReport() throws Exception {
		mvc.perform(multipart("/imports/upload").file(ImportApiIntegrationTests.seed(Seeds.WEIXIAN_2020))
			.param("departmentCode", "312")
			.param("fiscalYear", String.valueOf(Years.next()))
			.with(httpBasic("drafter-ga", "demo"))
			.with(csrf()))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.report.unplaced.length()").value(2))
			.andExpect(jsonPath("$.report.parts[?(@.part == 'overview')].fromText")
				.value(org.hamcrest.Matchers.hasItem(org.hamcrest.Matchers.greaterThan(5))))
			.andExpect(jsonPath("$.disclosure.title").value("魏县公安局2020 年部门预算公开有关事项的说明"));
	}

	@Test
	void withoutTheCsrfTokenAnUploadIsRefused() throws Exception {
		mvc.perform(multipart("/imports/upload").file(ImportApiIntegrationTests.seed(Seeds.WEIXIAN_2020))
			.with(httpBasic("drafter-ga", "demo"))).andExpect(status().isForbidden());
	}

	@Test
	void anExcelTemplateDownloads() throws Exception {
		mvc.perform(get("/imports/templates/BUDGET/procurement_items.xlsx").with(httpBasic("drafter-ga", "demo")))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.containsString(".xlsx")))
			.andExpect(content().contentTypeCompatibleWith(DisclosureExports.Format.XLSX.mediaType()));
	}

}
