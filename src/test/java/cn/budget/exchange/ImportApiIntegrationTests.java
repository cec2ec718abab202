package cn.budget.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import cn.budget.IntegrationTest;
import cn.budget.Years;
import cn.budget.disclosure.CellContent;
import cn.budget.disclosure.DisclosureDocument;
import cn.budget.exchange.placing.Assembly;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class ImportApiIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ObjectMapper json;

	@Test
	void importsASeedIntoANewDisclosureWithEveryNumberStored() throws Exception {
		int year = Years.next();
		String text = Seeds.text(Seeds.PINGXIANG_2020);
		JsonNode answer = json.readTree(mvc
			.perform(multipart("/api/imports").file(seed(Seeds.PINGXIANG_2020))
				.param("fiscalYear", String.valueOf(year))
				.with(httpBasic("drafter-ga", "demo")))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.disclosure.departmentCode").value("312"))
			.andExpect(jsonPath("$.disclosure.fiscalYear").value(year))
			.andExpect(jsonPath("$.disclosure.title").value("平乡县公安局2020年部门预算信息公开"))
			.andExpect(jsonPath("$.report.template").value("BUDGET"))
			.andExpect(jsonPath("$.report.unplaced[0].line").value(3))
			.andExpect(jsonPath("$.report.unplaced[0].reason").value("文首说明：模板中没有放置前言的位置"))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8));

		long id = answer.at("/disclosure/id").asLong();
		DisclosureDocument stored = json
			.readValue(mvc.perform(get("/api/disclosures/" + id).with(httpBasic("drafter-ga", "demo")))
				.andReturn()
				.getResponse()
				.getContentAsString(StandardCharsets.UTF_8), DisclosureDocument.class);
		Map<String, Long> model = NumberTokens.ofModel(stored.getTitle(), stored.getParts());
		Map<String, Long> notes = NumberTokens.count(answer.at("/report/notes").toString());
		assertThat(NumberTokens.ofSource(text).keySet())
			.allSatisfy(n -> assertThat(model.containsKey(n) || notes.containsKey(n)).as(n).isTrue());
		assertThat(stored.part("performance").orElseThrow().tables("project_performance")).hasSize(36);
	}

	@Test
	void theFieldsAndFiguresReadFromTheTextAreStoredAtTheirAddresses() throws Exception {
		Assembly assembly = Seeds.assemble(Seeds.text(Seeds.WEIXIAN_2020));
		assertThat(assembly.draft().figures()).isNotEmpty();
		JsonNode answer = json.readTree(mvc
			.perform(multipart("/api/imports").file(seed(Seeds.WEIXIAN_2020))
				.param("fiscalYear", String.valueOf(Years.next()))
				.with(httpBasic("drafter-ga", "demo")))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8));
		DisclosureDocument stored = stored(answer.at("/disclosure/id").asLong());
		assembly.draft().figures().forEach(figure -> {
			CellContent cell = Placed.cell(stored.part(figure.at().part()).orElseThrow(), figure.at());
			assertThat(cell.getAmount()).as(figure.at().toString()).isEqualByComparingTo(figure.amount());
			assertThat(cell.getSource()).as(figure.at().toString()).isEqualTo(figure.source());
		});
		// Amount fields are shown in the document's format; the text fields as read.
		assembly.draft().fields().forEach((at, text) -> {
			CellContent cell = Placed.cell(stored.part(at.part()).orElseThrow(), at);
			assertThat(cell).as(at.toString()).isNotNull();
			if (cell.getAmount() == null) {
				assertThat(cell.trimmed()).as(at.toString()).isEqualTo(text.strip());
			}
		});
	}

	private DisclosureDocument stored(long id) throws Exception {
		return json.readValue(mvc.perform(get("/api/disclosures/" + id).with(httpBasic("drafter-ga", "demo")))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8), DisclosureDocument.class);
	}

	@Test
	void fillsAGivenDraft() throws Exception {
		int year = Years.next();
		long id = draft(year);
		mvc.perform(multipart("/api/imports").file(seed(Seeds.WEIXIAN_2020))
			.param("disclosureId", String.valueOf(id))
			.with(httpBasic("drafter-ga", "demo")))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.disclosure.id").value(id))
			.andExpect(jsonPath("$.disclosure.fiscalYear").value(year))
			.andExpect(jsonPath("$.disclosure.parts[4].tables[0].key").value("duty_goals"));
	}

	@Test
	void anotherDepartmentsDraftIsNotFound() throws Exception {
		int year = Years.next();
		long id = draft(year);
		mvc.perform(multipart("/api/imports").file(seed(Seeds.WEIXIAN_2020))
			.param("disclosureId", String.valueOf(id))
			.with(httpBasic("drafter-jy", "demo"))).andExpect(status().isNotFound());
		mvc.perform(multipart("/api/imports").file(seed(Seeds.WEIXIAN_2020))
			.param("disclosureId", String.valueOf(id))
			.with(httpBasic("drafter-jj", "demo"))).andExpect(status().isForbidden());
	}

	private long draft(int year) throws Exception {
		return json.readTree(mvc
			.perform(post("/api/disclosures").with(httpBasic("drafter-ga", "demo"))
				.contentType("application/json")
				.content("{\"departmentCode\":\"312\",\"fiscalYear\":" + year + ",\"template\":\"BUDGET\"}"))
			.andReturn()
			.getResponse()
			.getContentAsString()).get("id").asLong();
	}

	static MockMultipartFile seed(String name) {
		return new MockMultipartFile("file", name, "text/plain", Seeds.text(name).getBytes(StandardCharsets.UTF_8));
	}

}
