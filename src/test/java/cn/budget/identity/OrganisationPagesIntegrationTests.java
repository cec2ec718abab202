package cn.budget.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.budget.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The admin pages: the tree of departments and units, the people with search, the forms
 * keeping what was typed when a save is refused, names with markup shown as text, and the
 * change list.
 */
@IntegrationTest
class OrganisationPagesIntegrationTests {

	static final String MARKUP = "<script>alert(1)</script>粮食局";

	@Autowired
	MockMvc mvc;

	@Autowired
	Organisation organisation;

	@Test
	void unitsAreCreatedAndChangedThroughTheForm() throws Exception {
		String page = page(get("/admin/units"), "supervisor", 200);
		assertThat(page).contains("县公安局", "交通警察大队", "本级", "action=\"/admin/units\"", "name=\"_csrf\"");
		anInvalidUnitIsRefusedKeepingWhatWasTyped();
		aUnitIsCreatedAndShownEscaped();
		theUnitCannotMoveDepartmentButIsDeactivated();
	}

	private void anInvalidUnitIsRefusedKeepingWhatWasTyped() throws Exception {
		String refused = page(post("/admin/units").param("code", "Q7 31")
			.param("name", MARKUP)
			.param("nature", "PUBLIC_INSTITUTION")
			.param("_active", "on"), "admin", 400);
		assertThat(refused)
			.contains("编码&quot;Q7 31&quot;无效", "value=\"Q7 31\"", "&lt;script&gt;alert(1)&lt;/script&gt;粮食局",
					"is-invalid")
			.doesNotContain(MARKUP);
		assertThat(refused).containsPattern("value=\"PUBLIC_INSTITUTION\"\\s+selected");
	}

	private void aUnitIsCreatedAndShownEscaped() throws Exception {
		mvc.perform(post("/admin/units").param("code", "Q731")
			.param("name", MARKUP)
			.param("nature", "PUBLIC_INSTITUTION")
			.param("fundingForm", "PARTIAL")
			.param("active", "true")
			.with(httpBasic("admin", "demo"))
			.with(csrf())).andExpect(redirectedUrl("/admin/units?status=all"));
		assertThat(page(get("/admin/units"), "admin", 200))
			.contains("&lt;script&gt;alert(1)&lt;/script&gt;粮食局", "事业单位", "差额拨款")
			.doesNotContain(MARKUP);
		assertThat(page(get("/admin/units").param("edit", "Q731"), "admin", 200))
			.contains("action=\"/admin/units/Q731\"", "readonly");
	}

	private void theUnitCannotMoveDepartmentButIsDeactivated() throws Exception {
		String conflict = page(
				post("/admin/units/Q731").param("name", "县粮食局").param("parentCode", "312").param("active", "true"),
				"admin", 409);
		assertThat(conflict).contains("value=\"县粮食局\"", "不能改为其他部门的单位");
		page(post("/admin/units/Q731").param("name", "县粮食局").param("_active", "on"), "admin", 302);
		assertThat(organisation.unit("Q731").orElseThrow().active()).isFalse();
		assertThat(page(get("/admin/units").param("status", "inactive"), "admin", 200)).contains("县粮食局")
			.doesNotContain("交通警察大队");
	}

	@Test
	void peopleAreSearchedCreatedAndChangedThroughTheForm() throws Exception {
		assertThat(page(get("/admin/users").param("q", "交警"), "admin", 200)).contains("drafter-jj")
			.doesNotContain("drafter-jy");
		assertThat(page(get("/admin/users").param("role", "UNIT_LEADER"), "admin", 200))
			.contains("leader-ga", "leader-jy")
			.doesNotContain("drafter-jj");
		assertThat(page(get("/admin/users").param("q", "看守所"), "admin", 200)).contains("drafter-ks");
		anInvalidPersonIsRefusedWithoutEchoingThePassword();
		aPersonIsCreatedShownEscapedAndChanged();
	}

	private void anInvalidPersonIsRefusedWithoutEchoingThePassword() throws Exception {
		String refused = page(post("/admin/users").param("username", "q-page")
			.param("displayName", MARKUP)
			.param("role", "DRAFTER")
			.param("unitCode", "312")
			.param("email", "nope")
			.param("password", "Secret-typed-1234")
			.param("_active", "on"), "admin", 400);
		assertThat(refused)
			.contains("value=\"q-page\"", "&lt;script&gt;alert(1)&lt;/script&gt;粮食局", "邮箱&quot;nope&quot;格式不正确",
					"value=\"nope\"")
			.doesNotContain(MARKUP, "Secret-typed-1234");
	}

	private void aPersonIsCreatedShownEscapedAndChanged() throws Exception {
		page(post("/admin/users").param("username", "q-page")
			.param("displayName", MARKUP)
			.param("role", "REVIEWER")
			.param("unitCode", "201")
			.param("password", "Secret-typed-1234")
			.param("active", "true"), "admin", 302);
		assertThat(organisation.person("q-page").orElseThrow().mustChangePassword()).isTrue();
		assertThat(page(get("/admin/users").param("q", "q-page"), "admin", 200))
			.contains("&lt;script&gt;alert(1)&lt;/script&gt;粮食局", "财政审核员")
			.doesNotContain(MARKUP);
		page(post("/admin/users/q-page").param("displayName", "审核员丙")
			.param("role", "REVIEWER")
			.param("unitCode", "201")
			.param("_active", "on"), "admin", 302);
		assertThat(organisation.person("q-page").orElseThrow().active()).isFalse();
		assertThat(page(get("/admin/users").param("edit", "q-page"), "admin", 200)).contains("审核员丙",
				"action=\"/admin/users/q-page\"");
		assertThat(page(get("/admin/organisation/changes"), "admin", 200)).contains("q-page", "修改人员", "审核员丙");
	}

	@Test
	void onlyTheirManagersOpenThePages() throws Exception {
		page(get("/admin/users"), "supervisor", 403);
		page(get("/admin/organisation/changes"), "supervisor", 403);
		page(get("/admin/units"), "reviewer", 403);
		page(get("/admin/units"), "drafter-ga", 403);
		assertThat(page(get("/tasks"), "supervisor", 200)).contains("href=\"/admin/units\"")
			.doesNotContain("href=\"/admin/users\"");
		assertThat(page(get("/tasks"), "admin", 200)).contains("href=\"/admin/units\"", "href=\"/admin/users\"");
		assertThat(page(get("/tasks"), "leader-ga", 200)).doesNotContain("href=\"/admin/units\"");
	}

	private String page(MockHttpServletRequestBuilder request, String user, int status) throws Exception {
		return mvc.perform(request.with(httpBasic(user, "demo")).with(csrf()))
			.andExpect(status().is(status))
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

}
