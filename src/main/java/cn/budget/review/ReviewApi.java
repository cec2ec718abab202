package cn.budget.review;

import java.util.List;

import cn.budget.disclosure.DisclosureQueries;
import cn.budget.identity.Directory;
import cn.budget.shared.ApiController;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;

@ApiController
@Tag(name = "review", description = "Comments, decisions and the blackline between submitted versions")
class ReviewApi {

	private final ReviewComments comments;

	private final ReviewDecisions decisions;

	private final Blackline blackline;

	private final DisclosureQueries disclosures;

	private final Directory directory;

	ReviewApi(ReviewComments comments, ReviewDecisions decisions, Blackline blackline, DisclosureQueries disclosures,
			Directory directory) {
		this.comments = comments;
		this.decisions = decisions;
		this.blackline = blackline;
		this.disclosures = disclosures;
		this.directory = directory;
	}

	/**
	 * A new comment, anchored to a part and optionally a table row: by part key and ids,
	 * or by the place's content address ({@code procurement:table:~7:row:~42}).
	 */
	record NewComment(String partKey, Long tableId, Long rowId, String address, String anchor, String text) {

		CommentAnchor where() {
			return address == null ? new CommentAnchor(partKey, tableId, rowId, anchor)
					: CommentAnchor.at(address, anchor);
		}

	}

	@GetMapping("/api/disclosures/{id}/comments")
	@Operation(summary = "Every comment on the disclosure, open or resolved")
	List<CommentView> comments(@PathVariable long id) {
		return comments.of(directory.currentActor(), id);
	}

	@PostMapping("/api/disclosures/{id}/comments")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Comment on a part or a table row")
	CommentView comment(@PathVariable long id, @RequestBody NewComment request) {
		return comments.add(directory.currentActor(), id, request.where(), request.text());
	}

	@PostMapping("/api/comments/{id}/resolve")
	@Operation(summary = "Resolve a comment")
	CommentView resolve(@PathVariable long id) {
		return comments.resolve(directory.currentActor(), id);
	}

	@GetMapping("/api/disclosures/{id}/decisions")
	@Operation(summary = "The decisions taken on the disclosure's route")
	List<DecisionView> decisions(@PathVariable long id) {
		disclosures.summary(directory.currentActor(), id);
		return decisions.of(id);
	}

	@GetMapping("/api/disclosures/{id}/blackline")
	@Operation(summary = "Changes between two submitted versions (default: the previous and the latest)")
	Blackline.Comparison blackline(@PathVariable long id, @RequestParam(required = false) Integer from,
			@RequestParam(required = false) Integer to) {
		return blackline.compare(directory.currentActor(), id, from, to);
	}

}
