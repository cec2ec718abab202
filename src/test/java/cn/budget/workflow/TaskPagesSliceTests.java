package cn.budget.workflow;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import cn.budget.disclosure.DisclosureQueries;
import cn.budget.content.DisclosureState;
import cn.budget.content.MeasureUnit;
import cn.budget.content.DisclosureContent;
import cn.budget.content.PartView;
import cn.budget.identity.Actor;
import cn.budget.identity.Directory;
import cn.budget.identity.Role;
import cn.budget.identity.SliceSecurity;
import cn.budget.review.ReviewPageModel;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.thymeleaf.ThymeleafAutoConfiguration;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.willThrow;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

/**
 * The task pages as a web slice: the product's security chains, the inbox, the completion
 * and the forms as stand-ins. The form a task's BPMN names decides the page and the
 * decisions offered; a refused decision keeps what was typed and answers its status.
 */
@WebMvcTest(controllers = TaskPages.class, excludeAutoConfiguration = ThymeleafAutoConfiguration.class)
@Import(SliceSecurity.class)
class TaskPagesSliceTests {

	static final Actor REVIEWER = new Actor("reviewer", "reviewer", Role.REVIEWER, "100", "100001", true);

	static final TaskView REVIEW = task("t-review", TaskKeys.REVIEW);

	static final TaskView DRAFT = task("t-draft", TaskKeys.DRAFT);

	@Autowired
	MockMvc mvc;

	@MockitoBean
	Inbox inbox;

	@MockitoBean
	TaskCompletion completion;

	@MockitoBean
	ReviewPageModel review;

	@MockitoBean
	Directory directory;

	@MockitoBean
	DisclosureQueries disclosures;

	@MockitoBean
	TaskForms forms;

	@BeforeEach
	void aReviewerWithAReviewAndADraft() {
		given(directory.currentActor()).willReturn(REVIEWER);
		given(inbox.task(REVIEWER, REVIEW.id())).willReturn(REVIEW);
		given(inbox.task(REVIEWER, DRAFT.id())).willReturn(DRAFT);
		given(forms.of(REVIEW)).willReturn(TaskForm.REVIEW);
		given(forms.of(DRAFT)).willReturn(TaskForm.DRAFT);
		given(review.of(any(), any(Long.class))).willReturn(Map.of());
		given(disclosures.content(REVIEWER, 7L)).willReturn(content());
	}

	@Test
	void aReviewOpensItsFormWithTheDecisionsItsBpmnFormTakes() throws Exception {
		mvc.perform(get("/tasks/t-review").with(user("reviewer")))
			.andExpect(status().isOk())
			.andExpect(view().name("workflow/review"))
			.andExpect(model().attribute("decisions", Map.of("APPROVE", true, "RETURN", true, "SUBMIT", false)));
	}

	@Test
	void aDraftOpensTheDraftingPageAtItsFirstPart() throws Exception {
		mvc.perform(get("/tasks/t-draft").with(user("reviewer")))
			.andExpect(redirectedUrl("/disclosures/7/parts/duties"));
	}

	@Test
	void aDecisionTakenReturnsToTheInboxWithANotice() throws Exception {
		mvc.perform(decide(REVIEW, Decision.APPROVE).with(csrf()))
			.andExpect(redirectedUrl("/tasks"))
			.andExpect(flash().attribute("notice", "task.completed.APPROVE"));
		verify(completion).complete(REVIEWER, REVIEW.id(), Decision.APPROVE, "同意");
	}

	@Test
	void aDecisionWithoutTheFormsTokenIsRefusedUntaken() throws Exception {
		mvc.perform(decide(REVIEW, Decision.APPROVE)).andExpect(status().isForbidden());
		verify(completion, never()).complete(any(), anyString(), any(), any());
	}

	@Test
	void aRefusedDecisionAnswersItsStatusOnTheFormAndKeepsTheComment() throws Exception {
		willThrow(new TaskCompletedMeanwhileException(REVIEW.id())).given(completion)
			.complete(REVIEWER, REVIEW.id(), Decision.APPROVE, "同意");
		mvc.perform(decide(REVIEW, Decision.APPROVE).with(csrf()))
			.andExpect(status().isConflict())
			.andExpect(view().name("workflow/review"))
			.andExpect(model().attribute("comment", "同意"))
			.andExpect(model().attribute("error", "该待办已由他人完成，本次操作未保存。请刷新页面。"));
	}

	@Test
	void someoneElsesTaskIsRefusedOnTheFormWithWhy() throws Exception {
		willThrow(new AccessDeniedException("claimed")).given(completion)
			.complete(REVIEWER, REVIEW.id(), Decision.APPROVE, "同意");
		mvc.perform(decide(REVIEW, Decision.APPROVE).with(csrf()))
			.andExpect(status().isForbidden())
			.andExpect(model().attribute("error", "此任务不是您的，或已被他人认领。"));
	}

	@Test
	void aRefusedSubmissionGoesBackToTheDraftingPageWithWhatWasTyped() throws Exception {
		willThrow(new DecisionRefusedException("comment", "validation.changeNoteRequired")).given(completion)
			.complete(REVIEWER, DRAFT.id(), Decision.SUBMIT, "同意");
		mvc.perform(decide(DRAFT, Decision.SUBMIT).with(csrf()))
			.andExpect(redirectedUrl("/disclosures/7/parts/duties"))
			.andExpect(flash().attribute("taskComment", "同意"))
			.andExpect(flash().attribute("taskError", "更正发布须填写公开的更正说明。"));
	}

	private static MockHttpServletRequestBuilder decide(TaskView task, Decision decision) {
		return post("/tasks/" + task.id() + "/complete").with(user("reviewer"))
			.param("decision", decision.name())
			.param("comment", "同意");
	}

	private static TaskView task(String id, String key) {
		return new TaskView(id, key, key, 7L, "312", "县公安局", 2026, "2026年县公安局部门预算", null, "reviewer",
				Instant.parse("2026-03-02T01:00:00Z"), null, LocalDate.of(2026, 3, 22), false);
	}

	private static DisclosureContent content() {
		PartView duties = new PartView("duties", "一", "部门职责", true, Map.of(), List.of());
		return new DisclosureContent(7L, "312", "县公安局", 2026, "BUDGET", 1L, "2026年县公安局部门预算", MeasureUnit.WAN_YUAN, 3,
				DisclosureState.DRAFT, null, null, null, null, null, List.of(duties));
	}

}
