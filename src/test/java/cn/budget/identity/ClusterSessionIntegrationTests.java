package cn.budget.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.budget.TestClockConfiguration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

/**
 * With the cluster profile a login's session is stored in the shared database, so another
 * node can serve the user's next request.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles({ "test", "cluster" })
@Import(TestClockConfiguration.class)
class ClusterSessionIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void aLoginIsStoredInTheDatabase() throws Exception {
		mvc.perform(formLogin("/login").user("drafter-ga").password("demo")).andExpect(status().is3xxRedirection());
		Integer sessions = jdbc
			.queryForObject("select count(*) from spring_session where principal_name = 'drafter-ga'", Integer.class);
		assertThat(sessions).isEqualTo(1);
	}

}
