package cn.budget.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.budget.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The lists' department filter takes a code, a name or a part of a name only one
 * department has (the demo: 312 县公安局, 305 县教育局), as a province's search box needs.
 */
@IntegrationTest
class DepartmentFilterIntegrationTests {

	@Autowired
	Directory directory;

	@Autowired
	MockMvc mvc;

	@Test
	void aCodeANameOrAUniquePartOfANameNameTheDepartment() {
		assertThat(directory.departmentNamed("312")).isEqualTo("312");
		assertThat(directory.departmentNamed(" 县公安局 ")).isEqualTo("312");
		assertThat(directory.departmentNamed("教育")).isEqualTo("305");
	}

	@Test
	void textMatchingSeveralOrNoneIsKeptAndNoTextIsNoFilter() {
		assertThat(directory.departmentNamed("县")).isEqualTo("县");
		assertThat(directory.departmentNamed("不存在的局")).isEqualTo("不存在的局");
		assertThat(directory.departmentNamed("  ")).isNull();
		assertThat(directory.departmentNamed(null)).isNull();
	}

	@Test
	void theInboxAndTheListsFilterByTheNamedDepartment() throws Exception {
		for (String list : new String[] { "/tasks", "/disclosures", "/public" }) {
			String page = mvc.perform(get(list).param("department", "教育").with(httpBasic("reviewer", "demo")))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString();
			assertThat(page).as(list).containsPattern("<option value=\"305\" selected=\"selected\">");
		}
	}

}
