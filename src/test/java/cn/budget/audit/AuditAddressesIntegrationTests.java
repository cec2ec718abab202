package cn.budget.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import cn.budget.IntegrationTest;
import cn.budget.content.ContentAddress;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A content change's audit event names the changed place by its content address beside
 * the readable label; the address is sealed with the event, while events without one keep
 * the seal they always had, so a chain of both kinds verifies.
 */
@IntegrationTest
class AuditAddressesIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ObjectMapper json;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	AuditTrail trail;

	Chains chains;

	@BeforeEach
	void setUp() {
		chains = new Chains(mvc, json, jdbc, trail);
	}

	@Test
	void aChangedFieldAndCellAreNamedByAddressAndTheChainVerifies() throws Exception {
		long id = chains.disclosureWith(3);
		change(id, "fields", Map.of("other_matters:field:other_text", "无其他事项。"));
		change(id, "figures", Map.of("three_public:table:three_public:row:reception:column:current", 1.31));
		List<JsonNode> events = events(id);
		assertThat(events.subList(0, 3)).allSatisfy(e -> assertThat(e.hasNonNull("address")).isFalse());
		JsonNode field = events.get(3);
		assertThat(field.get("kind").asText()).isEqualTo("FIELD");
		JsonNode cell = events.stream().filter(e -> e.get("kind").asText().equals("CELL")).findFirst().orElseThrow();
		assertThat(field.get("address").asText()).isEqualTo("other_matters:field:other_text");
		assertThat(field.get("field").asText()).isNotBlank().isNotEqualTo(field.get("address").asText());
		ContentAddress place = ContentAddress.parse(cell.get("address").asText());
		assertThat(place.part()).isEqualTo("three_public");
		assertThat(place.table().id()).isNotNull();
		assertThat(place.row().id()).isNotNull();
		assertThat(place.column()).isEqualTo("current");
		assertThat(chains.verify(id).get("intact").asBoolean()).isTrue();

		String page = mvc.perform(get("/disclosures/" + id + "/timeline").with(httpBasic("drafter-ga", "demo")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("other_matters:field:other_text")
			.contains("href=\"/disclosures/" + id + "/parts/other_matters\"");
	}

	@Test
	void anAddressIsSealedWithItsEvent() throws Exception {
		long id = chains.disclosureWith(1);
		change(id, "fields", Map.of("other_matters:field:other_text", "无其他事项。"));
		jdbc.update(
				"update audit_event set address = 'overview:field:overview_text' where disclosure_id = ? and seq = 2",
				id);
		assertThat(chains.problems(chains.verify(id))).contains("CHANGED@2/EVENT");
	}

	private void change(long id, String command, Map<String, ?> values) throws Exception {
		long version = json
			.readTree(mvc.perform(get("/api/disclosures/" + id).with(httpBasic("drafter-ga", "demo")))
				.andReturn()
				.getResponse()
				.getContentAsString())
			.get("version")
			.asLong();
		String key = command.equals("fields") ? "values" : "figures";
		mvc.perform(put("/api/disclosures/" + id + "/" + command).with(httpBasic("drafter-ga", "demo"))
			.contentType(MediaType.APPLICATION_JSON)
			.content(json.writeValueAsString(Map.of("expectedVersion", version, key, values))))
			.andExpect(status().isOk());
	}

	private List<JsonNode> events(long id) throws Exception {
		JsonNode all = json
			.readTree(mvc.perform(get("/api/disclosures/" + id + "/audit").with(httpBasic("drafter-ga", "demo")))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString());
		List<JsonNode> events = new ArrayList<>();
		all.forEach(events::add);
		return events;
	}

}
