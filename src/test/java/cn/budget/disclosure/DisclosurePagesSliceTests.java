package cn.budget.disclosure;

import java.util.List;

import cn.budget.content.DisclosureContent;
import cn.budget.identity.Actor;
import cn.budget.identity.DepartmentFilter;
import cn.budget.identity.Directory;
import cn.budget.identity.Role;
import cn.budget.identity.SliceSecurity;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.thymeleaf.ThymeleafAutoConfiguration;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

/**
 * The drafting pages as a web slice: the product's security chains, the services as
 * stand-ins. What a page shows is asserted on its view and model (the pages themselves
 * are rendered by the integration tests); who may do what is the services' answer, turned
 * into the status a browser sees.
 */
@WebMvcTest(controllers = DisclosurePages.class, excludeAutoConfiguration = ThymeleafAutoConfiguration.class)
@Import({ EditorPage.class, SliceSecurity.class })
class DisclosurePagesSliceTests {

	static final Actor MAIN_DRAFTER = new Actor("drafter-ga", "drafter-ga", Role.DRAFTER, "312", "312001", true);

	static final Actor SUB_DRAFTER = new Actor("drafter-jj", "drafter-jj", Role.DRAFTER, "312", "312006", false);

	static final DepartmentFilter NO_FILTER = new DepartmentFilter(null, List.of());

	@Autowired
	MockMvc mvc;

	@MockitoBean
	DisclosureQueries queries;

	@MockitoBean
	DisclosureDrafting drafting;

	@MockitoBean
	Directory directory;

	@Test
	void aStrangerWithABrowserIsSentToSignIn() throws Exception {
		mvc.perform(get("/disclosures").accept(MediaType.TEXT_HTML))
			.andExpect(status().isFound())
			.andExpect(redirectedUrlPattern("**/login"));
	}

	@Test
	void theListOffersCreationToAMainUnitDrafter() throws Exception {
		given(directory.currentActor()).willReturn(MAIN_DRAFTER);
		given(directory.departmentFilter(null, false)).willReturn(NO_FILTER);
		given(queries.list(MAIN_DRAFTER, null, null)).willReturn(List.of());
		mvc.perform(get("/disclosures").with(user("drafter-ga")))
			.andExpect(status().isOk())
			.andExpect(view().name(DisclosurePages.VIEW_LIST))
			.andExpect(model().attribute("mayCreate", true))
			.andExpect(model().attribute("departments", List.of()));
	}

	@Test
	void theListOffersNoCreationToASubUnitDrafter() throws Exception {
		given(directory.currentActor()).willReturn(SUB_DRAFTER);
		given(directory.departmentFilter(null, false)).willReturn(NO_FILTER);
		mvc.perform(get("/disclosures").with(user("drafter-jj")))
			.andExpect(status().isOk())
			.andExpect(model().attribute("mayCreate", false));
	}

	@Test
	void creatingForAnotherDepartmentIsForbidden() throws Exception {
		given(directory.currentActor()).willReturn(MAIN_DRAFTER);
		given(drafting.create(eq(MAIN_DRAFTER), any())).willThrow(new AccessDeniedException("305"));
		mvc.perform(post("/disclosures").with(user("drafter-ga"))
			.with(csrf())
			.param("departmentCode", "305")
			.param("fiscalYear", "2030")
			.param("template", "BUDGET")).andExpect(status().isForbidden()).andExpect(view().name("error"));
	}

	@Test
	void aCreatedDisclosureOpens() throws Exception {
		given(directory.currentActor()).willReturn(MAIN_DRAFTER);
		DisclosureContent created = mock(DisclosureContent.class);
		given(created.id()).willReturn(41L);
		given(drafting.create(eq(MAIN_DRAFTER), any())).willReturn(created);
		mvc.perform(post("/disclosures").with(user("drafter-ga"))
			.with(csrf())
			.param("departmentCode", "312")
			.param("fiscalYear", "2030")
			.param("template", "BUDGET")).andExpect(redirectedUrl("/disclosures/41"));
	}

	@Test
	void anotherDepartmentsDisclosureIsNotFound() throws Exception {
		given(directory.currentActor()).willReturn(MAIN_DRAFTER);
		given(queries.document(MAIN_DRAFTER, 7L)).willThrow(new DisclosureNotFoundException(7L));
		mvc.perform(get("/disclosures/7/parts/duties").with(user("drafter-ga")))
			.andExpect(status().isNotFound())
			.andExpect(view().name("error"));
		mvc.perform(post("/disclosures/7/parts/duties").with(user("drafter-ga")).with(csrf()).param("version", "0"))
			.andExpect(status().isNotFound());
		verify(drafting, never()).savePart(any(), anyLong(), any(), any(), anyLong());
	}

	@Test
	void aPostWithoutTheFormsTokenIsRefused() throws Exception {
		given(directory.currentActor()).willReturn(MAIN_DRAFTER);
		mvc.perform(post("/disclosures").with(user("drafter-ga")).param("departmentCode", "312"))
			.andExpect(status().isForbidden());
		verify(drafting, never()).create(any(), any());
	}

}
