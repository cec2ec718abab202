package cn.budget.review;

import cn.budget.identity.Directory;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Comment forms on the review and drafting pages: add a comment on a part or a row,
 * resolve one, then return to the page the form was on.
 */
@Controller
class ReviewPages {

	private final ReviewComments comments;

	private final Directory directory;

	ReviewPages(ReviewComments comments, Directory directory) {
		this.comments = comments;
		this.directory = directory;
	}

	/**
	 * A comment from the review page's form: its place as a content address
	 * ({@code address}), or as part key and stored ids (forms of earlier pages).
	 */
	@PostMapping("/disclosures/{id}/comments")
	String comment(@PathVariable long id, @RequestParam(required = false) String address,
			@RequestParam(required = false) String partKey, @RequestParam(required = false) Long tableId,
			@RequestParam(required = false) Long rowId, @RequestParam(required = false) String anchor,
			@RequestParam String text, @RequestParam(required = false) String returnTo, RedirectAttributes redirect) {
		CommentAnchor where = blank(address) == null ? new CommentAnchor(blank(partKey), tableId, rowId, anchor)
				: CommentAnchor.at(address, anchor);
		CommentView added = comments.add(directory.currentActor(), id, where, text);
		redirect.addFlashAttribute("notice", "review.commentSaved");
		return "redirect:" + safe(returnTo, "/disclosures/" + id) + fragment(added.anchor());
	}

	// The element the page shows the place by: the row, else the part.
	private static String fragment(CommentAnchor anchor) {
		if (anchor.rowId() != null) {
			return "#row-" + anchor.rowId();
		}
		return anchor.partKey() != null ? "#part-" + anchor.partKey() : "";
	}

	@PostMapping("/comments/{id}/resolve")
	String resolve(@PathVariable long id, @RequestParam(required = false) String returnTo,
			RedirectAttributes redirect) {
		CommentView resolved = comments.resolve(directory.currentActor(), id);
		redirect.addFlashAttribute("notice", "review.commentResolved");
		return "redirect:" + safe(returnTo, "/disclosures/" + resolved.disclosureId());
	}

	// Only plain paths of this application: never redirect to another site (no //, \\,
	// scheme or host).
	private static String safe(String returnTo, String fallback) {
		return returnTo != null && returnTo.matches("/[A-Za-z0-9/_-]*") && !returnTo.startsWith("//") ? returnTo
				: fallback;
	}

	private static String blank(String s) {
		return s == null || s.isBlank() ? null : s;
	}

}
