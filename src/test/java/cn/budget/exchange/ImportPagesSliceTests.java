package cn.budget.exchange;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

import cn.budget.content.DisclosureContent;
import cn.budget.disclosure.DisclosureQueries;
import cn.budget.template.TemplateCatalog;
import cn.budget.exchange.copyforward.DisclosureCopyForward;
import cn.budget.exchange.copyforward.NothingToCopyException;
import cn.budget.exchange.templates.ExcelTemplates;
import cn.budget.identity.Actor;
import cn.budget.identity.DepartmentInfo;
import cn.budget.identity.Directory;
import cn.budget.identity.Role;
import cn.budget.identity.SliceSecurity;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.thymeleaf.ThymeleafAutoConfiguration;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import static org.mockito.BDDMockito.given;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

/**
 * The import page as a web slice: the product's security chains, the services as
 * stand-ins. Which departments the page offers follows the drafting permissions; a
 * copy-forward the service refuses is a 403.
 */
@WebMvcTest(controllers = ImportPages.class, excludeAutoConfiguration = ThymeleafAutoConfiguration.class)
@Import(SliceSecurity.class)
class ImportPagesSliceTests {

	static final Actor MAIN_DRAFTER = new Actor("drafter-ga", "drafter-ga", Role.DRAFTER, "312", "312001", true);

	static final Actor SUPERVISOR = new Actor("supervisor", "supervisor", Role.SUPERVISOR, "399", null, false);

	static final DepartmentInfo POLICE = new DepartmentInfo("312", "县公安局");

	static final DepartmentInfo EDUCATION = new DepartmentInfo("305", "县教育局");

	@TestConfiguration(proxyBeanMethods = false)
	static class FixedClock {

		@Bean
		Clock clock() {
			return Clock.fixed(Instant.parse("2026-03-02T08:00:00Z"), ZoneId.of("Asia/Shanghai"));
		}

	}

	@Autowired
	MockMvc mvc;

	@MockitoBean
	DisclosureQueries queries;

	@MockitoBean
	Directory directory;

	@MockitoBean
	DisclosureCopyForward copyForward;

	@MockitoBean
	ExcelTemplates excel;

	@MockitoBean
	TemplateCatalog templates;

	@MockitoBean
	DisclosureImports imports;

	@Test
	void aStrangerWithABrowserIsSentToSignIn() throws Exception {
		mvc.perform(get("/imports").accept(MediaType.TEXT_HTML))
			.andExpect(status().isFound())
			.andExpect(redirectedUrlPattern("**/login"));
	}

	@Test
	void aDrafterIsOfferedTheirOwnDepartment() throws Exception {
		given(directory.currentActor()).willReturn(MAIN_DRAFTER);
		given(directory.department("312")).willReturn(Optional.of(POLICE));
		mvc.perform(get("/imports").with(user("drafter-ga")))
			.andExpect(status().isOk())
			.andExpect(view().name(ImportPages.VIEW))
			.andExpect(model().attribute("departments", List.of(POLICE)))
			.andExpect(model().attribute("year", 2026));
	}

	@Test
	void aSupervisorIsOfferedEveryDepartment() throws Exception {
		given(directory.currentActor()).willReturn(SUPERVISOR);
		given(directory.budgetDepartments()).willReturn(List.of(POLICE, EDUCATION));
		mvc.perform(get("/imports").with(user("supervisor")))
			.andExpect(status().isOk())
			.andExpect(model().attribute("departments", List.of(POLICE, EDUCATION)));
	}

	@Test
	void copyingForwardForAnotherDepartmentIsForbidden() throws Exception {
		given(directory.currentActor()).willReturn(MAIN_DRAFTER);
		given(copyForward.copyForward(MAIN_DRAFTER, "305", 2026, "BUDGET")).willThrow(new AccessDeniedException("305"));
		mvc.perform(post("/imports/copy-forward").with(user("drafter-ga"))
			.with(csrf())
			.param("departmentCode", "305")
			.param("fiscalYear", "2026")
			.param("template", "BUDGET")).andExpect(status().isForbidden()).andExpect(view().name("error"));
	}

	@Test
	void aCopiedDisclosureOpens() throws Exception {
		given(directory.currentActor()).willReturn(MAIN_DRAFTER);
		DisclosureContent created = new DisclosureContent(52L, "312", null, 2026, "BUDGET", null, null, null, 0,
				cn.budget.content.DisclosureState.DRAFT, null, null, null, null, null, java.util.List.of());
		given(copyForward.copyForward(MAIN_DRAFTER, "312", 2026, "BUDGET")).willReturn(created);
		mvc.perform(post("/imports/copy-forward").with(user("drafter-ga"))
			.with(csrf())
			.param("departmentCode", "312")
			.param("fiscalYear", "2026")
			.param("template", "BUDGET")).andExpect(redirectedUrl("/disclosures/52"));
	}

	@Test
	void nothingToCopyIsShownOnThePage() throws Exception {
		given(directory.currentActor()).willReturn(MAIN_DRAFTER);
		given(copyForward.copyForward(MAIN_DRAFTER, "312", 2026, "BUDGET"))
			.willThrow(new NothingToCopyException("312", 2025));
		mvc.perform(post("/imports/copy-forward").with(user("drafter-ga"))
			.with(csrf())
			.param("departmentCode", "312")
			.param("fiscalYear", "2026")
			.param("template", "BUDGET"))
			.andExpect(redirectedUrl("/imports"))
			.andExpect(flash().attribute("copyError", "copyForward.none"));
	}

}
