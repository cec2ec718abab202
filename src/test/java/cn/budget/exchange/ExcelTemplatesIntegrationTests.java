package cn.budget.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;

import cn.budget.disclosure.Disclosures;
import cn.budget.IntegrationTest;
import cn.budget.Years;
import cn.budget.disclosure.DisclosureDocument;
import cn.budget.disclosure.DisclosureDrafting;
import cn.budget.disclosure.DisclosureQueries;
import cn.budget.disclosure.NewDisclosure;
import cn.budget.identity.Actor;
import cn.budget.identity.Directory;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * A drafter downloads the Excel template of a table, fills it in and uploads it: rows are
 * checked, nothing is imported while a row is invalid, unless only the valid rows are
 * asked for.
 */
@IntegrationTest
class ExcelTemplatesIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	DisclosureDrafting drafting;

	@Autowired
	DisclosureQueries queries;

	@Autowired
	Directory directory;

	private Actor drafter;

	private DisclosureDocument draft;

	@BeforeEach
	void draft() {
		drafter = directory.actorOf("drafter-ga").orElseThrow();
		draft = Disclosures
			.document(drafting.create(drafter, new NewDisclosure("312", Years.beyondTheForms(), "BUDGET", null)));
	}

	@Test
	void anInvalidRowStopsTheImportUntilTheValidRowsAreAskedFor() throws Exception {
		byte[] filled = fill("procurement_items", sheet -> {
			values(sheet.createRow(2), "巡特警应急处突车辆采购", "79.50", "其他车辆", "A020399", "辆", "3", "26.50", "79.50");
			values(sheet.createRow(3), "天网工程运行保障费", "328.00", "基础环境运维服务", "X0206", "次", "很多", "1.00", "197.00");
		});
		upload(filled, "procurement_items", false).andExpect(jsonPath("$.imported").value(false))
			.andExpect(jsonPath("$.rows").value(2))
			.andExpect(jsonPath("$.validRows").value(1))
			.andExpect(jsonPath("$.errors[0].row").value(4))
			.andExpect(jsonPath("$.errors[0].column").value("政府采购目录序号"))
			.andExpect(jsonPath("$.errors[1].column").value("数量"))
			.andExpect(jsonPath("$.errors[1].reason").value("“很多”不是有效金额或数字，请输入如 1,234.56 的数字。"));
		assertThat(procurementTables()).isZero();

		upload(filled, "procurement_items", true).andExpect(jsonPath("$.imported").value(true));
		DisclosureDocument stored = Disclosures.document(queries.content(drafter, draft.getId()));
		var table = stored.part("procurement").orElseThrow().tables("procurement_items").get(0);
		assertThat(table.getRows()).singleElement().satisfies(r -> {
			assertThat(r.text("item_name")).isEqualTo("其他车辆");
			assertThat(r.cell("amount").getAmount()).isEqualByComparingTo("79.50");
		});
	}

	@Test
	void aFixedRowTableTakesItsRowsByLabel() throws Exception {
		byte[] filled = fill("three_public", sheet -> {
			values(sheet.getRow(2), "合计", "55.05", "45.05", "10");
			values(sheet.createRow(9), "会议费", "3");
		});
		upload(filled, "three_public", false).andExpect(jsonPath("$.imported").value(false))
			.andExpect(jsonPath("$.errors[0].reason").value("“会议费”不是本表的固定行"));
		upload(filled, "three_public", true).andExpect(jsonPath("$.imported").value(true));
		var rows = Disclosures.document(queries.content(drafter, draft.getId()))
			.part("three_public")
			.orElseThrow()
			.tables("three_public")
			.get(0)
			.getRows();
		assertThat(rows.get(0).getKey()).isEqualTo("total");
		assertThat(rows.get(0).cell("current").getAmount()).isEqualByComparingTo("55.05");
		assertThat(rows).hasSize(6);
	}

	private long procurementTables() {
		return Disclosures.document(queries.content(drafter, draft.getId()))
			.part("procurement")
			.orElseThrow()
			.tables("procurement_items")
			.size();
	}

	private byte[] fill(String table, java.util.function.Consumer<Sheet> filling) throws Exception {
		byte[] template = mvc
			.perform(get("/imports/templates/BUDGET/" + table + ".xlsx").with(httpBasic("drafter-ga", "demo")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(template));
				ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			filling.accept(workbook.getSheetAt(0));
			workbook.write(out);
			return out.toByteArray();
		}
	}

	private static void values(Row row, String... values) {
		for (int i = 0; i < values.length; i++) {
			row.createCell(i).setCellValue(values[i]);
		}
	}

	private ResultActions upload(byte[] file, String table, boolean acceptValidRows) throws Exception {
		return mvc
			.perform(multipart("/imports/tables").file(new MockMultipartFile("file", "filled.xlsx", null, file))
				.param("disclosureId", String.valueOf(draft.getId()))
				.param("tableKey", table)
				.param("acceptValidRows", String.valueOf(acceptValidRows))
				.with(httpBasic("drafter-ga", "demo"))
				.with(csrf()))
			.andExpect(status().isOk());
	}

}
