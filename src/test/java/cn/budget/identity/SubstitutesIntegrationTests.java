package cn.budget.identity;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.budget.MailIntegrationTest;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

/**
 * Naming and cancelling substitutes through the API and the page, and the rules they must
 * keep (in the user's language, 422 and never 500). That a substitution never widens
 * anyone's access is {@link SubstituteAccessIntegrationTests}.
 */
@MailIntegrationTest
class SubstitutesIntegrationTests extends SubstitutesFixture {

	@Test
	void aPersonNamesListsAndCancelsTheirSubstitute() throws Exception {
		JsonNode named = json
			.readTree(name("leader-jy", "leader2-jy", "2027-01-04", "2027-01-08").andExpect(status().isCreated())
				.andExpect(jsonPath("$.substitute").value("leader2-jy"))
				.andReturn()
				.getResponse()
				.getContentAsString());
		mvc.perform(get("/api/me/substitutes").with(httpBasic("leader2-jy", "demo")))
			.andExpect(jsonPath("$[?(@.id == " + named.get("id") + ")].absent").value("leader-jy"));
		mvc.perform(delete("/api/me/substitutes/" + named.get("id")).with(httpBasic("leader2-jy", "demo")))
			.andExpect(status().isNotFound());
		mvc.perform(delete("/api/me/substitutes/" + named.get("id")).with(httpBasic("leader-jy", "demo")))
			.andExpect(status().isNoContent());
		name("leader-jy", "leader2-jy", "2027-01-04", "2027-01-08").andExpect(status().isCreated());
	}

	@Test
	void theRulesAreKeptWithAMessageInTheUsersLanguage() throws Exception {
		name("leader-jy", "leader2-jy", "2027-02-01", "2027-02-10").andExpect(status().isCreated());
		refused("leader-jy", "leader2-jy", "2027-02-10", "2027-02-12", "这段日期与已有的代理安排重叠");
		refused("leader-jy", "leader-ga", "2027-03-01", "2027-03-02", "必须与您属于同一单位、担任同一角色");
		refused("leader-jy", "drafter-jy", "2027-03-01", "2027-03-02", "必须与您属于同一单位、担任同一角色");
		refused("leader-jy", "leader-jy", "2027-03-01", "2027-03-02", "不能指定自己为代理人");
		refused("leader-jy", "nobody", "2027-03-01", "2027-03-02", "没有用户");
		refused("leader-jy", "leader2-jy", "2027-03-05", "2027-03-01", "结束日期不能早于开始日期");
		refused("leader-jy", "leader2-jy", "2026-01-01", "2026-01-02", "结束日期已经过去");
		mvc.perform(post("/api/me/substitutes").with(httpBasic("leader-jy", "demo"))
			.header("Accept-Language", "en")
			.contentType(MediaType.APPLICATION_JSON)
			.content(body("leader-ga", "2027-03-01", "2027-03-02")))
			.andExpect(status().isUnprocessableEntity())
			.andExpect(jsonPath("$.detail").value(containsString("same unit and have the same role")));
		mvc.perform(post("/api/me/substitutes").with(httpBasic("leader-jy", "demo"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"substitute\":\"leader2-jy\",\"from\":\"not a date\"}")).andExpect(status().is4xxClientError());
	}

	@Test
	void anAdministratorNamesASubstituteForSomebodyElseAndNobodyElseMay() throws Exception {
		mvc.perform(post("/api/admin/users/leader-jy/substitutes").with(httpBasic("admin", "demo"))
			.contentType(MediaType.APPLICATION_JSON)
			.content(body("leader2-jy", "2027-04-01", "2027-04-02"))).andExpect(status().isCreated());
		mvc.perform(get("/api/admin/users/leader-jy/substitutes").with(httpBasic("admin", "demo")))
			.andExpect(jsonPath("$[?(@.from == '2027-04-01')].substitute").value("leader2-jy"));
		mvc.perform(get("/api/admin/users/leader-jy/substitutes").with(httpBasic("leader-jy", "demo")))
			.andExpect(status().isForbidden());
		mvc.perform(post("/api/admin/users/leader-jy/substitutes").with(httpBasic("leader2-jy", "demo"))
			.contentType(MediaType.APPLICATION_JSON)
			.content(body("leader2-jy", "2027-04-05", "2027-04-06"))).andExpect(status().isForbidden());
		mvc.perform(post("/api/admin/users/nobody/substitutes").with(httpBasic("admin", "demo"))
			.contentType(MediaType.APPLICATION_JSON)
			.content(body("leader2-jy", "2027-04-05", "2027-04-06"))).andExpect(status().isNotFound());
	}

	@Test
	void thePageNamesAndRefusesWithTheFormAgain() throws Exception {
		mvc.perform(get("/account/absence").with(httpBasic("leader-jy", "demo")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("leader2-jy")));
		mvc.perform(post("/account/absence").with(httpBasic("leader-jy", "demo"))
			.with(csrf())
			.param("substitute", "leader2-jy")
			.param("from", "2027-05-03")
			.param("to", "2027-05-01"))
			.andExpect(status().isUnprocessableEntity())
			.andExpect(content().string(containsString("结束日期不能早于开始日期")));
		mvc.perform(post("/account/absence").with(httpBasic("leader-jy", "demo"))
			.with(csrf())
			.param("substitute", "leader2-jy")
			.param("from", "2027-05-01")
			.param("to", "2027-05-03")).andExpect(status().is3xxRedirection());
	}

}
