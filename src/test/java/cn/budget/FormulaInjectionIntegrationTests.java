package cn.budget;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import cn.budget.disclosure.CellContent;
import cn.budget.disclosure.DisclosureUpdate;
import cn.budget.disclosure.Disclosures;
import cn.budget.disclosure.PartContent;
import cn.budget.disclosure.RowContent;
import cn.budget.disclosure.TableContent;
import cn.budget.support.DatabaseAgnostic;
import cn.budget.workflow.RoundOpened;
import cn.budget.workflow.Routes;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Text that a spreadsheet would evaluate, typed into titles, fields and cells (and a
 * department's name), comes out of every CSV and XLSX download as text: no formula cell,
 * a leading quote.
 */
@IntegrationTest
@DatabaseAgnostic
class FormulaInjectionIntegrationTests {

	static final String HYPERLINK = "=HYPERLINK(\"http://x\",\"y\")";

	/**
	 * What an attacker types; a leading tab or carriage return is trimmed on input, the
	 * rest stays.
	 */
	static final List<String> CORPUS = List.of(HYPERLINK, "=1+1", "+1+1", "-1+1", "@SUM(1+1)", "\t=2+2", "\r=3+3");

	private static final String TRIGGERS = "=+-@\t\r";

	@Autowired
	MockMvc mvc;

	@Autowired
	Routes routes;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void staffAndPublicDownloadsShowFormulasAsText() throws Exception {
		RoundOpened round = routes.open("305");
		long id = round.disclosures().get(0).id();
		routes.write("drafter-jy", id, doc -> withCorpus(Disclosures.wholeBudgetDisclosure(doc)));

		byte[] staff = download("drafter-jy", "/api/disclosures/" + id + "/export.xlsx");
		assertHarmless(staff, "=1+1 部门预算", "@SUM(1+1)", HYPERLINK);

		routes.submitSignReviewPublish("drafter-jy", "leader-jy", id, null);
		assertHarmless(download(null, "/public/disclosures/" + id + ".xlsx"), "=1+1 部门预算", "@SUM(1+1)", HYPERLINK);
		String csv = new String(download(null, "/public/disclosures/" + id + ".csv"), StandardCharsets.UTF_8);
		assertHarmlessCsv(csv, "@SUM(1+1)", HYPERLINK);
	}

	@Test
	void theDashboardExportShowsFormulasAsText() throws Exception {
		// A department whose name an administrator typed carelessly (or maliciously).
		jdbc.update("insert into department (code, name) values ('397', ?)", HYPERLINK);
		Long department = jdbc.queryForObject("select id from department where code = '397'", Long.class);
		jdbc.update("insert into org_unit (code, name, department_id, main_unit) values ('397001', ?, ?, true)", "-1+1",
				department);
		RoundOpened round = routes.open("397", "305");
		assertHarmless(download("supervisor", "/rounds/" + round.id() + "/progress.xlsx"));
		String csv = new String(download("supervisor", "/rounds/" + round.id() + "/progress.csv"),
				StandardCharsets.UTF_8);
		assertHarmlessCsv(csv);
		// The code comes first in the department column, so the line is text already.
		assertThat(csv).contains("397 =HYPERLINK");
	}

	private static DisclosureUpdate withCorpus(DisclosureUpdate update) {
		update.setTitle("=1+1 部门预算");
		for (PartContent part : update.getParts()) {
			if (part.getKey().equals("other_matters")) {
				part.getFields().put("other_text", CellContent.of(HYPERLINK));
			}
			if (part.getKey().equals("glossary")) {
				TableContent glossary = part.getTables().get(0);
				for (int i = 0; i + 1 < CORPUS.size(); i += 2) {
					RowContent row = glossary.addRow();
					row.getCells().put("term", CellContent.of(CORPUS.get(i)));
					row.getCells().put("definition", CellContent.of(CORPUS.get(i + 1)));
				}
				glossary.addRow().getCells().put("term", CellContent.of(CORPUS.get(CORPUS.size() - 1)));
			}
			if (part.getKey().equals("procurement")) {
				TableContent items = part.getTables().get(0);
				items.setTitle("@SUM(1+1)");
				items.getRows().get(2).getCells().put("project_name", CellContent.of(HYPERLINK));
			}
		}
		return update;
	}

	private byte[] download(String user, String path) throws Exception {
		var request = get(path);
		if (user != null) {
			request.with(httpBasic(user, "demo"));
		}
		return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
	}

	/**
	 * No formula cell; every text a spreadsheet would evaluate starts with a quote; the
	 * expected texts are there.
	 */
	private static void assertHarmless(byte[] xlsx, String... quoted) throws Exception {
		List<String> texts = new ArrayList<>();
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			for (Sheet sheet : workbook) {
				for (Row row : sheet) {
					for (Cell cell : row) {
						assertThat(cell.getCellType()).as(sheet.getSheetName() + "!" + cell.getAddress())
							.isNotEqualTo(CellType.FORMULA);
						if (cell.getCellType() == CellType.STRING) {
							texts.add(cell.getStringCellValue());
						}
					}
				}
			}
		}
		assertThat(texts).allSatisfy(FormulaInjectionIntegrationTests::notAFormula);
		for (String text : quoted) {
			assertThat(texts).anySatisfy(t -> assertThat(t).startsWith("'" + text));
		}
	}

	private static void assertHarmlessCsv(String csv, String... quoted) {
		List<String> fields = CsvFields.of(csv);
		assertThat(fields).isNotEmpty().allSatisfy(FormulaInjectionIntegrationTests::notAFormula);
		for (String text : quoted) {
			assertThat(fields).anySatisfy(f -> assertThat(f).startsWith("'" + text));
		}
	}

	private static void notAFormula(String text) {
		if (!text.isEmpty() && !text.equals("-") && !text.matches("[-+]?\\d+(\\.\\d+)?")) {
			assertThat(TRIGGERS.indexOf(text.charAt(0))).as(text).isNegative();
		}
	}

}
