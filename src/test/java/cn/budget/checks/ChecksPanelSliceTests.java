package cn.budget.checks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import java.util.List;

import cn.budget.content.ContentAddress;
import cn.budget.content.DisclosureContent;
import cn.budget.disclosure.DisclosureNotFoundException;
import cn.budget.disclosure.DisclosureQueries;
import cn.budget.identity.Actor;
import cn.budget.identity.Directory;
import cn.budget.identity.Role;
import cn.budget.identity.SliceSecurity;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.thymeleaf.ThymeleafAutoConfiguration;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The checks panel's route (what the drafting page fetches after a save) as a web slice:
 * the product's security chains, the reading and the checks as stand-ins. The panel is
 * the disclosure's checks in the caller's scope, never another department's.
 */
@WebMvcTest(controllers = ChecksPanel.class, excludeAutoConfiguration = ThymeleafAutoConfiguration.class)
@Import(SliceSecurity.class)
class ChecksPanelSliceTests {

	static final Actor DRAFTER = new Actor("drafter-ga", "drafter", Role.DRAFTER, "312", "312001", true);

	@Autowired
	MockMvc mvc;

	@MockitoBean
	DisclosureQueries queries;

	@MockitoBean
	DisclosureChecks checks;

	@MockitoBean
	Directory directory;

	@Test
	void aStrangerWithABrowserIsSentToSignIn() throws Exception {
		mvc.perform(get("/disclosures/7/checks/panel").accept(MediaType.TEXT_HTML))
			.andExpect(status().isFound())
			.andExpect(redirectedUrlPattern("**/login"));
		verify(queries, never()).content(any(), anyLong());
	}

	@Test
	void anotherDepartmentsDisclosureIsNotFoundAndNotChecked() throws Exception {
		given(directory.currentActor()).willReturn(DRAFTER);
		given(queries.content(DRAFTER, 8L)).willThrow(new DisclosureNotFoundException(8L));
		mvc.perform(get("/disclosures/8/checks/panel").with(user("drafter-ga"))).andExpect(status().isNotFound());
		verify(checks, never()).check(any());
	}

	@Test
	void thePanelHoldsTheCheckedDisclosuresFindingsForThePart() throws Exception {
		DisclosureContent content = mock(DisclosureContent.class);
		given(content.id()).willReturn(7L);
		given(directory.currentActor()).willReturn(DRAFTER);
		given(queries.content(DRAFTER, 7L)).willReturn(content);
		Finding assets = finding("sum.planned-assets", ContentAddress.field("assets", "planned_assets_total"));
		Finding overview = finding("sum.budget-basic", ContentAddress.part("overview"));
		given(checks.check(content)).willReturn(List.of(overview, assets));
		EditorChecks panel = (EditorChecks) mvc
			.perform(get("/disclosures/7/checks/panel").param("part", "assets").with(user("drafter-ga")))
			.andExpect(status().isOk())
			.andExpect(view().name(ChecksPanel.VIEW_PANEL))
			.andExpect(model().attribute("part", "assets"))
			.andReturn()
			.getModelAndView()
			.getModel()
			.get("checks");
		assertThat(panel.disclosureId()).isEqualTo(7L);
		assertThat(panel.forPart("assets")).containsExactly(assets);
		assertThat(panel.summary().parts()).containsOnlyKeys("overview", "assets");
		assertThat(panel.path("assets")).isEqualTo("/disclosures/7/checks/panel?part=assets");
	}

	private static Finding finding(String rule, ContentAddress address) {
		return new Finding(rule, Severity.ERROR, false, address, null, "check." + rule, List.of(), null, null);
	}

}
