package cn.budget.workflow;

import cn.budget.identity.Directory;
import cn.budget.shared.ApiController;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * How far the opening of a round got, and a retry of its failed departments.
 */
@ApiController
@Tag(name = "workflow", description = "Rounds and the tasks of the disclosure-review process")
class RoundOpeningApi {

	private final Rounds rounds;

	private final Directory directory;

	RoundOpeningApi(Rounds rounds, Directory directory) {
		this.rounds = rounds;
		this.directory = directory;
	}

	@GetMapping("/api/rounds/{id}/opening")
	@Operation(summary = "The opening of a round: departments opened, failed (with reasons) and pending")
	@ApiResponse(responseCode = "200", description = "Progress; finished when pending is 0")
	@ApiResponse(responseCode = "404", description = "No such round")
	OpeningProgress progress(@PathVariable long id) {
		return rounds.progress(directory.currentActor(), id);
	}

	@PostMapping("/api/rounds/{id}/opening/retry")
	@Operation(summary = "Try the failed (and any pending) departments of a round again, in the background")
	@ApiResponse(responseCode = "202", description = "Queued again; follow GET /api/rounds/{id}/opening")
	@ApiResponse(responseCode = "404", description = "No such round")
	ResponseEntity<OpeningProgress> retry(@PathVariable long id) {
		rounds.retry(directory.currentActor(), id);
		return ResponseEntity.accepted().body(rounds.progress(directory.currentActor(), id));
	}

}
