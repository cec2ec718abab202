package cn.budget.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.IntStream;

import cn.budget.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

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

	@Autowired
	ITemplateEngine templates;

	@Test
	void aCodeANameOrAUniquePartOfANameNameTheDepartment() {
		assertThat(named("312")).isEqualTo("312");
		assertThat(named(" 县公安局 ")).isEqualTo("312");
		assertThat(named("教育")).isEqualTo("305");
	}

	@Test
	void textMatchingSeveralOrNoneIsKeptAndNoTextIsNoFilter() {
		assertThat(named("县")).isEqualTo("县");
		assertThat(named("不存在的局")).isEqualTo("不存在的局");
		assertThat(named("  ")).isNull();
		assertThat(named(null)).isNull();
	}

	@Test
	void someoneWhoSeesOnlyTheirOwnIsOfferedNoDepartments() {
		assertThat(directory.departmentFilter(null, false).offered()).isEmpty();
		assertThat(directory.departmentFilter("312", false)).isEqualTo(new DepartmentFilter("312", List.of()));
		assertThat(directory.departmentFilter(null, true).offered()).extracting(DepartmentInfo::code)
			.contains("305", "312");
	}

	@Test
	void aProvinceIsOfferedASearchBoxInsteadOfAThousandOptions() {
		List<DepartmentInfo> province = IntStream.rangeClosed(1, 101)
			.mapToObj(i -> new DepartmentInfo(String.valueOf(1000 + i), "第" + i + "局"))
			.toList();
		Context context = new Context(Locale.SIMPLIFIED_CHINESE);
		context.setVariable("department", "1005");
		context.setVariable("departments", province);
		String html = templates.process("fragments/filters", Set.of("yearAndDepartment"), context);
		assertThat(html).contains("type=\"search\" name=\"department\"")
			.contains("value=\"1005\"")
			.doesNotContain("<option value=\"1005\"");
		context.setVariable("departments", province.subList(0, 100));
		assertThat(templates.process("fragments/filters", Set.of("yearAndDepartment"), context))
			.doesNotContain("type=\"search\"")
			.contains("<option value=\"1005\" selected=\"selected\">");
	}

	private String named(String text) {
		return directory.departmentFilter(text, false).code();
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
