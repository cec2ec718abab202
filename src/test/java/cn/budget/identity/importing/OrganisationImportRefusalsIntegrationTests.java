package cn.budget.identity.importing;

import static cn.budget.identity.importing.OrganisationFiles.person;
import static cn.budget.identity.importing.OrganisationFiles.row;
import static cn.budget.identity.importing.OrganisationFiles.unit;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import cn.budget.IntegrationTest;
import cn.budget.identity.PersonRecord;
import cn.budget.identity.UnitRecord;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

/**
 * What the organisation import refuses, with real XLSX and CSV bytes: bad rows are named
 * with their row in the caller's language and stop the whole file unless skipped, files
 * too large or not spreadsheets are refused with a message, and whatever a cell holds
 * stays text. Each test uses codes of its own (the application context is shared).
 */
@IntegrationTest
class OrganisationImportRefusalsIntegrationTests extends OrganisationImportFixture {

	@Test
	void everyBadRowIsNamedWithItsRowAndTheFileChangesNothing() throws Exception {
		byte[] file = badFile("831");
		JsonNode zh = body(upload(file, "bad.xlsx", false, false).andExpect(status().isUnprocessableEntity()));
		assertThat(zh.get("applied").asBoolean()).isFalse();
		assertThat(zh.get("created").asInt()).isZero();
		assertThat(errors(zh)).containsExactly("单位 3: 上级编码 8319 既不在文件中，也不是已有的部门。", "单位 4: 编码 831 重复：第 2 行已有该编码。",
				"单位 5: “名称”不能为空。",
				"人员 2: 角色“会计”无效：可填 DRAFTER、UNIT_LEADER、REVIEWER、SUPERVISOR、ADMIN 或填报员、单位领导（分管领导）、审核员、监督员、系统管理员。",
				"人员 3: 邮箱“not-an-address”格式不正确。", "人员 4: 单位编码 83199 既不在文件中，也不是已有的部门或单位。");
		assertThat(organisation.unit("831")).isEmpty();

		JsonNode en = body(mvc.perform(request(file, "bad.xlsx", true, false).header("Accept-Language", "en")));
		assertThat(errors(en)).contains("单位 3: Parent code 8319 is neither in the file nor an existing department.",
				"人员 3: E-mail \"not-an-address\" is not a valid address.");
	}

	@Test
	void skippingInvalidRowsAppliesTheValidOnesAndStillListsTheErrors() throws Exception {
		JsonNode result = body(upload(badFile("832"), "bad.xlsx", false, true).andExpect(status().isOk()));
		assertThat(result.get("applied").asBoolean()).isTrue();
		assertThat(result.get("created").asInt()).isEqualTo(3);
		assertThat(result.get("errors")).hasSize(6);
		assertThat(organisation.unit("832")).isPresent();
		assertThat(organisation.unit("832001")).isPresent();
		assertThat(organisation.person("drafter-832")).isPresent();
		assertThat(organisation.person("bookkeeper-832")).isEmpty();
	}

	@Test
	void formulasAndMarkupInCellsStayText() throws Exception {
		String formula = "=HYPERLINK(\"http://evil.example\",\"点击\")";
		String markup = "<script>alert(1)</script>";
		byte[] file = OrganisationFiles.xlsx(List.of(unit("851", formula, null), unit("851001", markup, "851")),
				List.of(person("drafter-851", "@SUM(1+1)", "填报员", "851001")));
		body(upload(file, "inert.xlsx", false, false).andExpect(status().isOk()));
		assertThat(organisation.unit("851")).get().extracting(UnitRecord::name).isEqualTo(formula);
		assertThat(organisation.unit("851001")).get().extracting(UnitRecord::name).isEqualTo(markup);
		assertThat(organisation.person("drafter-851")).get()
			.extracting(PersonRecord::displayName)
			.isEqualTo("@SUM(1+1)");
	}

	@Test
	void filesThatAreTooLargeOrNotSpreadsheetsAreRefusedWithAMessage() throws Exception {
		upload(new byte[21 * 1024 * 1024], "huge.csv", true, false).andExpect(status().isPayloadTooLarge())
			.andExpect(jsonPath("$.detail").value("文件太大：最多 20 MB。"));
		StringBuilder rows = new StringBuilder("编码,名称\n");
		for (int r = 0; r <= SheetReading.MAX_ROWS; r++) {
			rows.append(9_000_000 + r).append(",单位").append(r).append('\n');
		}
		upload(rows.toString().getBytes(StandardCharsets.UTF_8), "many.csv", true, false)
			.andExpect(status().isPayloadTooLarge())
			.andExpect(jsonPath("$.code").value("orgImport.tooManyRows"));
		upload("%PDF-1.7\n%âãÏÓ\n".getBytes(StandardCharsets.ISO_8859_1), "county.pdf", true, false)
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value("只能导入 Excel（.xlsx）或 CSV 文件（UTF-8 或 GB18030 编码）。"));
		upload("名字,地址\n张三,北京\n".getBytes(StandardCharsets.UTF_8), "other.csv", true, false)
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("orgImport.unknownCsv"));
		mvc.perform(request(OrganisationFiles.csv(List.of("用户名", "姓名"), List.of(), StandardCharsets.UTF_8),
				"people.csv", true, false)
			.header("Accept-Language", "en"))
			.andExpect(status().isBadRequest())
			.andExpect(
					jsonPath("$.detail").value("Sheet 人员 lacks the column 角色. Use the header of the import template."));
	}

	/** Rows 2 and 6 (units) and 5 (people) are fine; the others each have one problem. */
	private static byte[] badFile(String d) {
		return OrganisationFiles.xlsx(
				List.of(unit(d, "县档案局", null), unit(d + "002", "县档案馆", d + "9"), unit(d, "县档案局（重复）", null),
						unit(d + "003", null, d), unit(d + "001", "县档案局本级", d)),
				List.of(person("bookkeeper-" + d, "会计", "会计", d + "001"),
						row("leader-" + d, "档案局领导", "单位领导", d, "not-an-address", null, null),
						person("drafter-" + d + "9", "无单位填报员", "填报员", d + "99"),
						person("drafter-" + d, "档案局填报员", "填报员", d + "001")));
	}

	private static List<String> errors(JsonNode result) {
		List<String> errors = new ArrayList<>();
		result.get("errors")
			.forEach(e -> errors
				.add(e.get("sheet").asText() + " " + e.get("row").asInt() + ": " + e.get("message").asText()));
		return errors;
	}

}
