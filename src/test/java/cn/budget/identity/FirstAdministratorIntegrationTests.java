package cn.budget.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.budget.BudgetDisclosureApplication;
import cn.budget.IntegrationTest;
import cn.budget.TestClockConfiguration;
import cn.budget.support.DatabaseAgnostic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Production's first start ({@code app.demo-data=false}, as the {@code prod} profile sets
 * it, on an empty database): the finance bureau and the first administrator come from the
 * environment, through the same services as every other change; a weak password stops the
 * start.
 */
@IntegrationTest
@TestPropertySource(properties = { "app.demo-data=false", "app.bootstrap.admin-username=chief",
		"app.bootstrap.admin-password=" + FirstAdministratorIntegrationTests.PASSWORD,
		"app.bootstrap.finance-bureau-code=901", "app.bootstrap.finance-bureau-name=某县财政局" })
@ExtendWith(OutputCaptureExtension.class)
@DatabaseAgnostic
class FirstAdministratorIntegrationTests {

	static final String PASSWORD = "Harbour-Lantern-2026";

	@Autowired
	MockMvc mvc;

	@Autowired
	Organisation organisation;

	@Test
	void theFirstAdministratorComesFromTheEnvironment() throws Exception {
		mvc.perform(get("/api/me").with(httpBasic("chief", PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.roles[0]").value("ADMIN"))
			.andExpect(jsonPath("$.departmentCode").value("901"));
		assertThat(organisation.person("chief").orElseThrow().mustChangePassword()).isFalse();
		assertThat(organisation.units()).extracting(UnitRecord::code, UnitRecord::name)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("901", "某县财政局"));
		assertThat(organisation.financeBureauCode()).contains("901");
		mvc.perform(get("/api/me").with(httpBasic("admin", "demo"))).andExpect(status().isUnauthorized());
		mvc.perform(get("/api/admin/organisation/changes").with(httpBasic("chief", PASSWORD)))
			.andExpect(jsonPath("$[?(@.kind == 'USER_CREATED' && @.subject == 'chief' && @.field == 'role')].to")
				.value("ADMIN"))
			.andExpect(jsonPath("$[?(@.kind == 'PASSWORD_CHANGED')].subject").value("chief"));
	}

	@Test
	void aWeakPasswordStopsTheStart(CapturedOutput output) {
		SpringApplicationBuilder weak = new SpringApplicationBuilder(BudgetDisclosureApplication.class,
				TestClockConfiguration.class)
			.profiles("test");
		assertThatThrownBy(() -> weak.run("--server.port=0", "--app.demo-data=false",
				"--app.bootstrap.admin-username=chief", "--app.bootstrap.admin-password=chief12"))
			.hasStackTraceContaining("password.tooShort");
		assertThat(output).contains(
				"Refusing to start: the first administrator cannot be created: The password needs at least 12 characters.");
	}

}
