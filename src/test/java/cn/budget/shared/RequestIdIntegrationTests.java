package cn.budget.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.budget.IntegrationTest;
import cn.budget.support.DatabaseAgnostic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.MDC;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Every request has an id: the caller's {@code X-Request-Id} when it is a sane token, a
 * new one otherwise; the response echoes it and the request's log lines carry it.
 */
@IntegrationTest
@ExtendWith(OutputCaptureExtension.class)
@DatabaseAgnostic
class RequestIdIntegrationTests {

	private static final String UUID = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

	@Autowired
	MockMvc mvc;

	@Test
	void theCallersIdIsEchoedAndLogged(CapturedOutput output) throws Exception {
		LoggingSystem logging = LoggingSystem.get(getClass().getClassLoader());
		logging.setLogLevel(RequestIdFilter.class.getName(), LogLevel.DEBUG);
		try {
			mvc.perform(get("/api/me").header("X-Request-Id", "lb-7f3a.42_x").with(httpBasic("drafter-ga", "demo")))
				.andExpect(status().isOk())
				.andExpect(header().string("X-Request-Id", "lb-7f3a.42_x"));
		}
		finally {
			logging.setLogLevel(RequestIdFilter.class.getName(), null);
		}
		assertThat(output.getOut().lines())
			.anyMatch(l -> l.contains("[lb-7f3a.42_x]") && l.contains("GET /api/me -> 200"));
		assertThat(MDC.get(RequestIdFilter.MDC_KEY)).isNull();
	}

	@Test
	void anIdIsMadeWhenNoneOrAnInsaneOneIsGiven() throws Exception {
		String made = mvc.perform(get("/actuator/health"))
			.andExpect(header().string("X-Request-Id", org.hamcrest.Matchers.matchesPattern(UUID)))
			.andReturn()
			.getResponse()
			.getHeader("X-Request-Id");
		mvc.perform(get("/actuator/health"))
			.andExpect(header().string("X-Request-Id", org.hamcrest.Matchers.not(made)));
		for (String insane : new String[] { "", "a b", "<script>", "x".repeat(65), "id\tforged=1", "-leading" }) {
			mvc.perform(get("/actuator/health").header("X-Request-Id", insane))
				.andExpect(header().string("X-Request-Id", org.hamcrest.Matchers.matchesPattern(UUID)));
		}
	}

	@Test
	void refusalsCarryTheIdToo() throws Exception {
		mvc.perform(get("/api/me").header("X-Request-Id", "abc-123"))
			.andExpect(status().isUnauthorized())
			.andExpect(header().string("X-Request-Id", "abc-123"));
	}

}
