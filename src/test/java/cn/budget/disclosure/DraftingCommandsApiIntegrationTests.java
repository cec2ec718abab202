package cn.budget.disclosure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Map;

import cn.budget.content.CellSource;
import cn.budget.content.CellView;
import cn.budget.IntegrationTest;
import cn.budget.Years;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * {@code PUT /api/disclosures/{id}/fields} and {@code …/figures}: a person fills fields
 * and places amounts by content address at the version read, within the scope the other
 * drafting endpoints allow; what they change is recorded as typed.
 */
@IntegrationTest
class DraftingCommandsApiIntegrationTests {

	static final String OTHER_TEXT = "other_matters:field:other_text";

	static final String RECEPTION = "three_public:table:three_public:row:reception:column:current";

	@Autowired
	MockMvc mvc;

	@Autowired
	ObjectMapper json;

	@Test
	void theDepartmentsDrafterFillsFieldsAndPlacesFiguresRecordedAsTyped() throws Exception {
		DisclosureDocument created = create();
		DisclosureDocument filled = read(send("drafter-ga", created.getId(), "fields", created.getVersion(), "values",
				Map.of(OTHER_TEXT, "<b>无</b>其他事项。<script>alert(1)</script>"))
			.andExpect(status().isOk()));
		CellContent text = filled.part("other_matters").orElseThrow().getFields().get("other_text");
		assertThat(text.getValue()).isEqualTo("<b>无</b>其他事项。<script>alert(1)</script>");
		assertThat(text.getSource()).isEqualTo(CellSource.TYPED);
		assertThat(filled.getVersion()).isGreaterThan(created.getVersion());

		DisclosureDocument placed = read(
				send("drafter-ga", created.getId(), "figures", filled.getVersion(), "figures", Map.of(RECEPTION, 1.31))
					.andExpect(status().isOk()));
		CellView reception = DraftingCommandsFixture.receptionNow(placed.view());
		assertThat(reception.amount()).isEqualByComparingTo("1.31");
		assertThat(reception.source()).isEqualTo(CellSource.TYPED);
		mvc.perform(get("/api/disclosures/" + created.getId()).with(httpBasic("drafter-ga", "demo")))
			.andExpect(jsonPath("$.parts[?(@.key=='other_matters')].fields.other_text.value")
				.value("<b>无</b>其他事项。<script>alert(1)</script>"));
	}

	@Test
	void otherDepartmentsReadersAndSubUnitsChangeNothing() throws Exception {
		DisclosureDocument created = create();
		Map<String, String> values = Map.of(OTHER_TEXT, "无。");
		send("drafter-jy", created.getId(), "fields", created.getVersion(), "values", values)
			.andExpect(status().isNotFound());
		send("drafter-jy", created.getId(), "figures", created.getVersion(), "figures", Map.of(RECEPTION, 1))
			.andExpect(status().isNotFound());
		send("leader-ga", created.getId(), "fields", created.getVersion(), "values", values)
			.andExpect(status().isForbidden());
		send("drafter-jj", created.getId(), "figures", created.getVersion(), "figures", Map.of(RECEPTION, 1))
			.andExpect(status().isForbidden());
		assertThat(read(created.getId()).getVersion()).isEqualTo(created.getVersion());
	}

	@Test
	void aStaleVersionIsAConflictAndStoresNothing() throws Exception {
		DisclosureDocument created = create();
		send("drafter-ga", created.getId(), "fields", created.getVersion(), "values", Map.of(OTHER_TEXT, "先保存的。"))
			.andExpect(status().isOk());
		send("drafter-ga", created.getId(), "fields", created.getVersion(), "values", Map.of(OTHER_TEXT, "后保存的。"))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.currentVersion").isNumber());
		send("drafter-ga", created.getId(), "figures", created.getVersion(), "figures", Map.of(RECEPTION, 2))
			.andExpect(status().isConflict());
		assertThat(read(created.getId()).part("other_matters").orElseThrow().getFields().get("other_text").getValue())
			.isEqualTo("先保存的。");
	}

	@Test
	void anUnknownOrMalformedAddressIsUnprocessableInBothLanguages() throws Exception {
		DisclosureDocument created = create();
		String unknown = "other_matters:field:no_such_field";
		send("drafter-ga", created.getId(), "fields", created.getVersion(), "values", Map.of(unknown, "无。"))
			.andExpect(status().isUnprocessableEntity())
			.andExpect(jsonPath("$.detail").value(containsString("没有“" + unknown + "”这个位置")));
		mvc.perform(put("/api/disclosures/" + created.getId() + "/figures").with(httpBasic("drafter-ga", "demo"))
			.header("Accept-Language", "en")
			.contentType(MediaType.APPLICATION_JSON)
			.content(json.writeValueAsString(Map.of("expectedVersion", created.getVersion(), "figures",
					Map.of("overview:table:budget_overview:row:~999999:column:current", 1)))))
			.andExpect(status().isUnprocessableEntity())
			.andExpect(jsonPath("$.detail").value(containsString("This disclosure has no place")));
		send("drafter-ga", created.getId(), "fields", created.getVersion(), "values", Map.of("not an address", "无。"))
			.andExpect(status().isUnprocessableEntity())
			.andExpect(jsonPath("$.detail").value(containsString("不是文档中的位置")));
		mvc.perform(put("/api/disclosures/" + created.getId() + "/fields").with(httpBasic("drafter-ga", "demo"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"values\":{}}")).andExpect(status().is4xxClientError());
		assertThat(read(created.getId()).getVersion()).isEqualTo(created.getVersion());
	}

	private ResultActions send(String user, long id, String command, long version, String key, Map<String, ?> values)
			throws Exception {
		return mvc.perform(put("/api/disclosures/" + id + "/" + command).with(httpBasic(user, "demo"))
			.contentType(MediaType.APPLICATION_JSON)
			.content(json.writeValueAsString(Map.of("expectedVersion", version, key, values))));
	}

	private DisclosureDocument read(ResultActions result) throws Exception {
		return json.readValue(result.andReturn().getResponse().getContentAsString(), DisclosureDocument.class);
	}

	private DisclosureDocument read(long id) throws Exception {
		return read(mvc.perform(get("/api/disclosures/" + id).with(httpBasic("drafter-ga", "demo")))
			.andExpect(status().isOk()));
	}

	private DisclosureDocument create() throws Exception {
		return read(mvc
			.perform(post("/api/disclosures").with(httpBasic("drafter-ga", "demo"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"departmentCode\":\"312\",\"fiscalYear\":" + Years.next() + ",\"template\":\"BUDGET\"}"))
			.andExpect(status().isCreated()));
	}

}
