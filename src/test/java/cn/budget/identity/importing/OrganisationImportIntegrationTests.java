package cn.budget.identity.importing;

import static cn.budget.identity.importing.OrganisationFiles.PERSON_HEADER;
import static cn.budget.identity.importing.OrganisationFiles.UNIT_HEADER;
import static cn.budget.identity.importing.OrganisationFiles.person;
import static cn.budget.identity.importing.OrganisationFiles.row;
import static cn.budget.identity.importing.OrganisationFiles.unit;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import cn.budget.IntegrationTest;
import cn.budget.identity.PersonRecord;
import cn.budget.identity.Role;
import cn.budget.identity.UnitRecord;
import com.fasterxml.jackson.databind.JsonNode;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.mock.web.MockMultipartFile;

/**
 * The organisation import through its API, with real XLSX and CSV bytes, as it succeeds:
 * dry runs change nothing, applying twice changes nothing the second time, the template's
 * examples and CSV files of either encoding import, and only administrators import. What
 * it refuses is {@link OrganisationImportRefusalsIntegrationTests}. Each test uses codes
 * of its own (the application context is shared).
 */
@IntegrationTest
class OrganisationImportIntegrationTests extends OrganisationImportFixture {

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
		theSameFileAgainChangesNothing(file);
		onlyDeactivatedPeopleAreDeactivated(units, people);
	}

	private void theSameFileAgainChangesNothing(byte[] file) throws Exception {
		JsonNode second = body(upload(file, "county.xlsx", false, false).andExpect(status().isOk()));
		assertThat(List.of(second.get("created").asInt(), second.get("changed").asInt(),
				second.get("deactivated").asInt(), second.get("unchanged").asInt()))
			.containsExactly(0, 0, 0, 6);
	}

	private void onlyDeactivatedPeopleAreDeactivated(List<List<String>> units, List<List<String>> people)
			throws Exception {
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

}
