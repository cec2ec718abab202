package cn.budget;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The operators' health endpoints: {@code /actuator/health} answers
 * {@code {"status":"UP"}} to anyone (api.md), the readiness and liveness groups hold what
 * README's Operations section says, and only an administrator sees the components.
 */
@IntegrationTest
class HealthIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ObjectMapper json;

	@Test
	void anyoneGetsTheStatusAndNothingMore() throws Exception {
		// The root also names the probe groups, as it did since probes were enabled.
		String root = "{\"status\":\"UP\",\"groups\":[\"liveness\",\"readiness\"]}";
		mvc.perform(get("/actuator/health")).andExpect(status().isOk()).andExpect(content().json(root, true));
		mvc.perform(get("/actuator/health").with(httpBasic("reviewer", "demo")))
			.andExpect(status().isOk())
			.andExpect(content().json(root, true));
		for (String path : new String[] { "/actuator/health/readiness", "/actuator/health/liveness" }) {
			mvc.perform(get(path)).andExpect(status().isOk()).andExpect(content().json("{\"status\":\"UP\"}", true));
			mvc.perform(get(path).with(httpBasic("reviewer", "demo")))
				.andExpect(status().isOk())
				.andExpect(content().json("{\"status\":\"UP\"}", true));
		}
	}

	@Test
	void readinessAsksTheDatabaseTheEngineAndTheDisk() throws Exception {
		JsonNode readiness = asAdmin("/actuator/health/readiness");
		assertThat(readiness.get("status").asText()).isEqualTo("UP");
		// No mail server is configured here; NotificationMailIntegrationTests sees "mail"
		// join.
		assertThat(readiness.get("components").properties()).extracting(e -> e.getKey())
			.containsExactlyInAnyOrder("readinessState", "db", "processEngine", "diskSpace");
		assertThat(readiness.get("components").findValuesAsText("status")).containsOnly("UP");
		assertThat(readiness.at("/components/processEngine/details/process").asText()).isEqualTo("disclosure-review");
		assertThat(readiness.at("/components/diskSpace/details/free").asLong()).isPositive();
	}

	@Test
	void livenessAsksNothingOutside() throws Exception {
		JsonNode liveness = asAdmin("/actuator/health/liveness");
		assertThat(liveness.get("status").asText()).isEqualTo("UP");
		assertThat(liveness.get("components").properties()).extracting(e -> e.getKey())
			.containsExactlyInAnyOrder("livenessState", "ping");
	}

	@Test
	void anAdministratorSeesEveryComponent() throws Exception {
		JsonNode health = asAdmin("/actuator/health");
		assertThat(health.get("status").asText()).isEqualTo("UP");
		assertThat(health.get("components").has("processEngine")).isTrue();
		assertThat(health.get("components").has("db")).isTrue();
	}

	private JsonNode asAdmin(String path) throws Exception {
		return json.readTree(mvc.perform(get(path).with(httpBasic("admin", "demo")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
	}

}
