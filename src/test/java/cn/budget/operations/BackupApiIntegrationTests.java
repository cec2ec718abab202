package cn.budget.operations;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.budget.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Backups are for administrators only, and only of a store that has files: the tests'
 * in-memory H2 answers 409 with a readable reason. Backups of the file store are taken in
 * {@code H2BackupIntegrationTests}, PostgreSQL's refusal in
 * {@code PostgresBackupIntegrationTests}.
 */
@IntegrationTest
class BackupApiIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Test
	void onlyAdministratorsTakeBackups() throws Exception {
		mvc.perform(post("/api/admin/backups").with(httpBasic("supervisor", "demo"))).andExpect(status().isForbidden());
		mvc.perform(post("/api/admin/backups").with(httpBasic("drafter-ga", "demo"))).andExpect(status().isForbidden());
		mvc.perform(post("/api/admin/backups")).andExpect(status().isUnauthorized());
	}

	@Test
	void anInMemoryDatabaseHasNothingToBackUp() throws Exception {
		mvc.perform(
				post("/api/admin/backups").with(httpBasic("admin", "demo")).header(HttpHeaders.ACCEPT_LANGUAGE, "en"))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value("An in-memory database has no files to back up."));
	}

}
