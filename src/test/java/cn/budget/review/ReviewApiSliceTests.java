package cn.budget.review;

import static org.hamcrest.Matchers.containsString;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.List;

import cn.budget.content.ContentAddress;
import cn.budget.content.ContentChange;
import cn.budget.disclosure.DisclosureNotFoundException;
import cn.budget.disclosure.DisclosureQueries;
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
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The review's JSON API as a web slice: the product's security chains, the review
 * services as stand-ins. A comment's place is read from its content address or from the
 * older part key and ids; what the services refuse becomes the status and the problem
 * detail a program sees, in its language.
 */
@WebMvcTest(controllers = ReviewApi.class, excludeAutoConfiguration = ThymeleafAutoConfiguration.class)
@Import(SliceSecurity.class)
class ReviewApiSliceTests {

	static final Actor REVIEWER = new Actor("reviewer", "reviewer", Role.REVIEWER, "100", "100001", true);

	static final String ROW = "procurement:table:~7:row:~42";

	@Autowired
	MockMvc mvc;

	@MockitoBean
	ReviewComments comments;

	@MockitoBean
	ReviewDecisions decisions;

	@MockitoBean
	Blackline blackline;

	@MockitoBean
	DisclosureQueries disclosures;

	@MockitoBean
	Directory directory;

	@Test
	void aCallerWithoutCredentialsIsUnauthorised() throws Exception {
		mvc.perform(get("/api/disclosures/7/comments")).andExpect(status().isUnauthorized());
		mvc.perform(json(post("/api/disclosures/7/comments"), "{\"text\":\"请核实\"}"))
			.andExpect(status().isUnauthorized());
		verify(comments, never()).add(any(), anyLong(), any(), anyString());
	}

	@Test
	void aCommentByAddressIsAnsweredWithItsAddress() throws Exception {
		given(directory.currentActor()).willReturn(REVIEWER);
		CommentAnchor row = new CommentAnchor(ContentAddress.parse(ROW), "采购表 › #1");
		given(comments.add(REVIEWER, 7L, row, "请核实")).willReturn(comment(row));
		mvc.perform(json(post("/api/disclosures/7/comments").with(user("reviewer")),
				"{\"address\":\"" + ROW + "\",\"anchor\":\"采购表 › #1\",\"text\":\"请核实\"}"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.address").value(ROW))
			.andExpect(jsonPath("$.anchor.address").value(ROW))
			.andExpect(jsonPath("$.anchor.partKey").value("procurement"))
			.andExpect(jsonPath("$.anchor.tableId").value(7))
			.andExpect(jsonPath("$.anchor.rowId").value(42));
	}

	@Test
	void theOlderPartKeyAndIdsStillNameThePlace() throws Exception {
		given(directory.currentActor()).willReturn(REVIEWER);
		CommentAnchor row = new CommentAnchor("procurement", 7L, 42L, null);
		given(comments.add(REVIEWER, 7L, row, "请核实")).willReturn(comment(row));
		mvc.perform(json(post("/api/disclosures/7/comments").with(user("reviewer")),
				"{\"partKey\":\"procurement\",\"tableId\":7,\"rowId\":42,\"text\":\"请核实\"}"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.address").value(ROW));
	}

	@Test
	void textThatIsNoAddressIsUnprocessableInTheCallersLanguage() throws Exception {
		given(directory.currentActor()).willReturn(REVIEWER);
		mvc.perform(json(post("/api/disclosures/7/comments").with(user("reviewer")),
				"{\"address\":\"procurement:row:42\",\"text\":\"请核实\"}"))
			.andExpect(status().isUnprocessableEntity())
			.andExpect(jsonPath("$.detail").value(containsString("不是文档中的位置")));
		mvc.perform(
				json(post("/api/disclosures/7/comments").with(user("reviewer")), "{\"address\":\"?\",\"text\":\"x\"}")
					.header("Accept-Language", "en"))
			.andExpect(status().isUnprocessableEntity())
			.andExpect(jsonPath("$.detail").value(containsString("is not a place in a document")));
		verify(comments, never()).add(any(), anyLong(), any(), anyString());
	}

	@Test
	void aRefusedCommentNamesTheFieldAndABrokenRequestIsABadRequest() throws Exception {
		given(directory.currentActor()).willReturn(REVIEWER);
		given(comments.add(eq(REVIEWER), eq(7L), any(), any()))
			.willThrow(new CommentRefusedException(new ContentError("text", "validation.commentEmpty")));
		mvc.perform(json(post("/api/disclosures/7/comments").with(user("reviewer")), "{\"text\":\" \"}"))
			.andExpect(status().isUnprocessableEntity())
			.andExpect(jsonPath("$.errors[0].field").value("text"));
		mvc.perform(json(post("/api/disclosures/7/comments").with(user("reviewer")), "{\"text\":"))
			.andExpect(status().isBadRequest());
		mvc.perform(get("/api/disclosures/7/blackline").param("from", "first").with(user("reviewer")))
			.andExpect(status().isBadRequest());
	}

	@Test
	void anotherDepartmentsDisclosureAndAnUnknownCommentAreNotFound() throws Exception {
		given(directory.currentActor()).willReturn(REVIEWER);
		given(comments.of(REVIEWER, 8L)).willThrow(new DisclosureNotFoundException(8L));
		given(disclosures.summary(REVIEWER, 8L)).willThrow(new DisclosureNotFoundException(8L));
		given(comments.resolve(REVIEWER, 99L)).willThrow(new CommentNotFoundException(99L));
		mvc.perform(get("/api/disclosures/8/comments").with(user("reviewer"))).andExpect(status().isNotFound());
		mvc.perform(get("/api/disclosures/8/decisions").with(user("reviewer")))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.detail").value(containsString("未找到")));
		mvc.perform(post("/api/comments/99/resolve").with(user("reviewer"))).andExpect(status().isNotFound());
	}

	@Test
	void resolvingAnotherPersonsCommentIsForbidden() throws Exception {
		given(directory.currentActor()).willReturn(REVIEWER);
		given(comments.resolve(REVIEWER, 5L)).willThrow(new AccessDeniedException("Only the author"));
		mvc.perform(post("/api/comments/5/resolve").with(user("reviewer"))).andExpect(status().isForbidden());
	}

	@Test
	void theBlacklineNamesEachChangedPlaceByAddress() throws Exception {
		given(directory.currentActor()).willReturn(REVIEWER);
		ContentChange cell = new ContentChange("procurement", ContentChange.Kind.CELL, 7L, 0, "采购表", 42L, 0, "车辆",
				"amount", "金额", "1", "2");
		given(blackline.compare(REVIEWER, 7L, null, null)).willReturn(new Blackline.Comparison(1, 2, List.of(cell)));
		mvc.perform(get("/api/disclosures/7/blackline").with(user("reviewer")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.changes[0].address").value(ROW + ":column:amount"))
			.andExpect(jsonPath("$.changes[0].fieldLabel").value("金额"));
	}

	private static MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String body) {
		return request.contentType(MediaType.APPLICATION_JSON).content(body);
	}

	private static CommentView comment(CommentAnchor anchor) {
		return new CommentView(5L, 7L, anchor, "请核实", "reviewer", "审核人", Instant.EPOCH, 1, CommentStatus.OPEN, null,
				null);
	}

}
