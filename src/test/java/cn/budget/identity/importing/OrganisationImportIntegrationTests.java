package cn.budget.identity.importing;

import static cn.budget.identity.importing.OrganisationFiles.PERSON_HEADER;
import static cn.budget.identity.importing.OrganisationFiles.UNIT_HEADER;
import static cn.budget.identity.importing.OrganisationFiles.person;
import static cn.budget.identity.importing.OrganisationFiles.row;
import static cn.budget.identity.importing.OrganisationFiles.unit;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import cn.budget.IntegrationTest;
import cn.budget.identity.Organisation;
import cn.budget.identity.PersonRecord;
import cn.budget.identity.Role;
import cn.budget.identity.UnitRecord;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

/**
 * The organisation import through its API, with real XLSX and CSV bytes: dry runs change
 * nothing, applying twice changes nothing the second time, bad rows are named with their
 * row in the caller's language and stop the whole file unless skipped, and whatever a
 * cell holds stays text. Each test uses codes of its own (the application context is
 * shared).
 */
@IntegrationTest
class OrganisationImportIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Organisation organisation;

	@Autowired
	ObjectMapper json;

	@Test
	void aDryRunCountsWhatWouldChangeAndChangesNothing() throws Exception {
		byte[] file = OrganisationFiles.xlsx(
				// A unit may name a department further down the file.
				List.of(unit("811001", "县林业局本级", "811"), unit("811", "县林业局", null), unit("812", "县水利局", null)),
				List.of(person("drafter-811", "林业局填报员", "填报员", "811001"),
						person("leader-811", "林业局领导", "UNIT_LEADER", "811")));
		JsonNode result = body(upload(file, "county.xlsx", true, false).andExpect(status().isOk()));
		assertThat(result.get("created").asInt()).isEqualTo(5);
		assertThat(result.get("changed").asInt()).isZero();
		assertThat(result.get("deactivated").asInt()).isZero();
		assertThat(result.get("errors")).isEmpty();
		assertThat(result.get("dryRun").asBoolean()).isTrue();
		assertThat(result.get("applied").asBoolean()).isFalse();
		assertThat(organisation.unit("811")).isEmpty();
		assertThat(organisation.person("drafter-811")).isEmpty();
	}

	@Test
	void applyingTheSameFileTwiceChangesNothingTheSecondTime() throws Exception {
		List<List<String>> units = List.of(unit("821", "县农业局", null), unit("821001", "县农业局本级", "821"),
				unit("821002", "县农技站", "821"));
		List<List<String>> people = new ArrayList<>(
				List.of(person("leader-821", "农业局领导", "分管领导", "821"), person("drafter-821", "农业局填报员", "填报员", "821001"),
						person("drafter-8212", "农技站填报员", "DRAFTER", "821002")));
		byte[] file = OrganisationFiles.xlsx(units, people);
		JsonNode first = body(upload(file, "county.xlsx", false, false).andExpect(status().isOk()));
		assertThat(first.get("created").asInt()).isEqualTo(6);
		assertThat(first.get("applied").asBoolean()).isTrue();
		assertThat(organisation.person("drafter-8212")).get()
			.extracting(PersonRecord::unitCode, PersonRecord::role, PersonRecord::active)
			.containsExactly("821002", Role.DRAFTER, true);

		JsonNode second = body(upload(file, "county.xlsx", false, false).andExpect(status().isOk()));
		assertThat(List.of(second.get("created").asInt(), second.get("changed").asInt(),
				second.get("deactivated").asInt(), second.get("unchanged").asInt()))
			.containsExactly(0, 0, 0, 6);

		// Only 停用 deactivates: the station's drafter leaves the file and stays; the
		// leader is deactivated.
		people.set(0, row("leader-821", "农业局领导", "分管领导", "821", null, null, "停用"));
		people.remove(2);
		List<List<String>> renamed = List.of(units.get(0), units.get(1), unit("821002", "县农业技术推广站", "821"));
		JsonNode third = body(upload(OrganisationFiles.xlsx(renamed, people), "county.xlsx", false, false));
		assertThat(
				List.of(third.get("created").asInt(), third.get("changed").asInt(), third.get("deactivated").asInt()))
			.containsExactly(0, 1, 1);
		assertThat(organisation.person("leader-821")).get().extracting(PersonRecord::active).isEqualTo(false);
		assertThat(organisation.person("drafter-8212")).get().extracting(PersonRecord::active).isEqualTo(true);
		assertThat(organisation.unit("821002")).get().extracting(UnitRecord::name).isEqualTo("县农业技术推广站");
	}

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
	void csvFilesInGb18030AndUtf8WithAByteOrderMarkImportTogether() throws Exception {
		byte[] units = OrganisationFiles.csv(UNIT_HEADER,
				List.of(unit("841", "县统计局", null), unit("841001", "县统计局本级", "841")), Charset.forName("GB18030"));
		byte[] people = OrganisationFiles.csv(PERSON_HEADER, List.of(person("drafter-841", "统计局，填报员", "填报员", "841001")),
				StandardCharsets.UTF_8);
		byte[] withBom = new byte[people.length + 3];
		withBom[0] = (byte) 0xEF;
		withBom[1] = (byte) 0xBB;
		withBom[2] = (byte) 0xBF;
		System.arraycopy(people, 0, withBom, 3, people.length);
		JsonNode result = body(mvc
			.perform(multipart("/api/admin/organisation/import")
				.file(new MockMultipartFile("file", "units.csv", "text/csv", units))
				.file(new MockMultipartFile("file", "people.csv", "text/csv", withBom))
				.param("dryRun", "false")
				.with(httpBasic("admin", "demo")))
			.andExpect(status().isOk()));
		assertThat(result.get("created").asInt()).isEqualTo(3);
		assertThat(organisation.unit("841")).get().extracting(UnitRecord::name).isEqualTo("县统计局");
		assertThat(organisation.person("drafter-841")).get().extracting(PersonRecord::displayName).isEqualTo("统计局，填报员");
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
	void theTemplateIsAWorkbookWhoseExamplesImportCleanly() throws Exception {
		byte[] template = mvc.perform(get("/api/admin/organisation/template").with(httpBasic("admin", "demo")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(template))) {
			assertThat(List.of(workbook.getSheetName(0), workbook.getSheetName(1), workbook.getSheetName(2)))
				.containsExactly("单位", "人员", "说明");
			assertThat(workbook.getSheet("单位").getRow(0).getCell(0).getStringCellValue()).isEqualTo("编码");
			assertThat(workbook.getSheet("人员").getLastRowNum()).isEqualTo(3);
		}
		JsonNode dryRun = body(upload(template, "template.xlsx", true, false).andExpect(status().isOk()));
		assertThat(dryRun.get("errors")).isEmpty();
		assertThat(dryRun.get("created").asInt() + dryRun.get("unchanged").asInt()).isEqualTo(6);
		assertThat(body(upload(template, "template.xlsx", false, false)).get("errors")).isEmpty();
		assertThat(organisation.person("drafter-901")).get().extracting(PersonRecord::unitCode).isEqualTo("901001");
	}

	@ParameterizedTest(name = "{0} may not import")
	@ValueSource(strings = { "supervisor", "reviewer", "leader-ga", "drafter-ga" })
	void onlyAdministratorsImport(String user) throws Exception {
		byte[] file = OrganisationFiles.xlsx(List.of(unit("861", "县审计局", null)), List.of());
		mvc.perform(
				multipart("/api/admin/organisation/import").file(new MockMultipartFile("file", "a.xlsx", null, file))
					.param("dryRun", "false")
					.with(httpBasic(user, "demo")))
			.andExpect(status().isForbidden());
		mvc.perform(get("/api/admin/organisation/template").with(httpBasic(user, "demo")))
			.andExpect(status().isForbidden());
		mvc.perform(get("/admin/organisation/import").with(httpBasic(user, "demo"))).andExpect(status().isForbidden());
		assertThat(organisation.unit("861")).isEmpty();
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

	private ResultActions upload(byte[] file, String filename, boolean dryRun, boolean skipInvalid) throws Exception {
		return mvc.perform(request(file, filename, dryRun, skipInvalid));
	}

	private static MockMultipartHttpServletRequestBuilder request(byte[] file, String filename, boolean dryRun,
			boolean skipInvalid) {
		MockMultipartHttpServletRequestBuilder request = multipart("/api/admin/organisation/import");
		request.file(new MockMultipartFile("file", filename, null, file))
			.param("dryRun", String.valueOf(dryRun))
			.param("skipInvalid", String.valueOf(skipInvalid))
			.with(httpBasic("admin", "demo"))
			.with(csrf());
		return request;
	}

	private JsonNode body(ResultActions actions) throws Exception {
		return json.readTree(actions.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
	}

	private static List<String> errors(JsonNode result) {
		List<String> errors = new ArrayList<>();
		result.get("errors")
			.forEach(e -> errors
				.add(e.get("sheet").asText() + " " + e.get("row").asInt() + ": " + e.get("message").asText()));
		return errors;
	}

}
