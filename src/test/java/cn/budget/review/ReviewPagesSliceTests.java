package cn.budget.review;

import java.time.Instant;

import cn.budget.disclosure.DisclosureNotFoundException;
import cn.budget.identity.Actor;
import cn.budget.identity.Directory;
import cn.budget.identity.Role;
import cn.budget.identity.SliceSecurity;
import cn.budget.shared.ContentError;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.thymeleaf.ThymeleafAutoConfiguration;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

/**
 * The review's comment forms as a web slice: the product's security chains, the comment
 * service as a stand-in. Whether a comment may be stored is the service's answer, turned
 * into the status a browser sees; the form returns to the page it was on, never to
 * another site.
 */
@WebMvcTest(controllers = ReviewPages.class, excludeAutoConfiguration = ThymeleafAutoConfiguration.class)
@Import(SliceSecurity.class)
class ReviewPagesSliceTests {

	static final Actor REVIEWER = new Actor("reviewer", "reviewer", Role.REVIEWER, "100", "100001", true);

	@Autowired
	MockMvc mvc;

	@MockitoBean
	ReviewComments comments;

	@MockitoBean
	Directory directory;

	@Test
	void aStrangerWithABrowserIsSentToSignIn() throws Exception {
		mvc.perform(post("/disclosures/7/comments").accept(MediaType.TEXT_HTML).with(csrf()).param("text", "请核实"))
			.andExpect(status().isFound())
			.andExpect(redirectedUrlPattern("**/login"));
		verify(comments, never()).add(any(), anyLong(), any(), anyString());
	}

	@Test
	void aCommentWithoutTheFormsTokenIsRefused() throws Exception {
		mvc.perform(post("/disclosures/7/comments").with(user("reviewer")).param("text", "请核实"))
			.andExpect(status().isForbidden());
		verify(comments, never()).add(any(), anyLong(), any(), anyString());
	}

	@Test
	void aCommentOnARowReturnsToTheRowOfThePageItWasOn() throws Exception {
		given(directory.currentActor()).willReturn(REVIEWER);
		CommentAnchor row = new CommentAnchor("three_public", 11L, 21L, null);
		given(comments.add(REVIEWER, 7L, row, "请核实")).willReturn(comment(7L, row));
		mvc.perform(post("/disclosures/7/comments").with(user("reviewer"))
			.with(csrf())
			.param("partKey", "three_public")
			.param("tableId", "11")
			.param("rowId", "21")
			.param("text", "请核实")
			.param("returnTo", "/tasks/abc-1"))
			.andExpect(redirectedUrl("/tasks/abc-1#row-21"))
			.andExpect(flash().attribute("notice", "review.commentSaved"));
	}

	@Test
	void theFormPostsThePlaceAsAContentAddress() throws Exception {
		given(directory.currentActor()).willReturn(REVIEWER);
		CommentAnchor row = new CommentAnchor("three_public", 11L, 21L, "三公表 › #2");
		given(comments.add(REVIEWER, 7L, row, "请核实")).willReturn(comment(7L, row));
		mvc.perform(post("/disclosures/7/comments").with(user("reviewer"))
			.with(csrf())
			.param("address", "three_public:table:~11:row:~21")
			.param("anchor", "三公表 › #2")
			.param("text", "请核实")
			.param("returnTo", "/tasks/abc-1")).andExpect(redirectedUrl("/tasks/abc-1#row-21"));
		mvc.perform(post("/disclosures/7/comments").with(user("reviewer"))
			.with(csrf())
			.param("address", "three_public:row:21")
			.param("text", "请核实")).andExpect(status().isUnprocessableEntity());
	}

	@Test
	void aCommentOnAPartReturnsToThePartAndNeverToAnotherSite() throws Exception {
		given(directory.currentActor()).willReturn(REVIEWER);
		CommentAnchor part = new CommentAnchor("duties", null, null, null);
		given(comments.add(REVIEWER, 7L, part, "请补充")).willReturn(comment(7L, part));
		mvc.perform(post("/disclosures/7/comments").with(user("reviewer"))
			.with(csrf())
			.param("partKey", "duties")
			.param("text", "请补充")
			.param("returnTo", "//evil.example/tasks")).andExpect(redirectedUrl("/disclosures/7#part-duties"));
	}

	@Test
	void anotherDepartmentsDisclosureIsNotFound() throws Exception {
		given(directory.currentActor()).willReturn(REVIEWER);
		given(comments.add(eq(REVIEWER), eq(8L), any(), anyString())).willThrow(new DisclosureNotFoundException(8L));
		mvc.perform(post("/disclosures/8/comments").with(user("reviewer")).with(csrf()).param("text", "请核实"))
			.andExpect(status().isNotFound())
			.andExpect(view().name("error"));
	}

	@Test
	void aRefusedCommentIsUnprocessable() throws Exception {
		given(directory.currentActor()).willReturn(REVIEWER);
		given(comments.add(eq(REVIEWER), eq(7L), any(), anyString()))
			.willThrow(new CommentRefusedException(new ContentError("anchor", "validation.commentAnchor")));
		mvc.perform(post("/disclosures/7/comments").with(user("reviewer")).with(csrf()).param("text", " "))
			.andExpect(status().isUnprocessableEntity())
			.andExpect(view().name("error"));
	}

	@Test
	void resolvingReturnsToTheDisclosure() throws Exception {
		given(directory.currentActor()).willReturn(REVIEWER);
		given(comments.resolve(REVIEWER, 5L)).willReturn(comment(7L, new CommentAnchor("duties", null, null, null)));
		mvc.perform(post("/comments/5/resolve").with(user("reviewer")).with(csrf()))
			.andExpect(redirectedUrl("/disclosures/7"))
			.andExpect(flash().attribute("notice", "review.commentResolved"));
	}

	private static CommentView comment(long disclosureId, CommentAnchor anchor) {
		return new CommentView(5L, disclosureId, anchor, "请核实", "reviewer", "审核人", Instant.EPOCH, 1, CommentStatus.OPEN,
				null, null);
	}

}
