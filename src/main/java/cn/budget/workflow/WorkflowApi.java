package cn.budget.workflow;

import java.net.URI;
import java.time.Instant;
import java.util.List;

import jakarta.validation.Valid;

import cn.budget.identity.Directory;
import cn.budget.shared.ApiController;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

@ApiController
@Tag(name = "workflow", description = "Rounds and the tasks of the disclosure-review process")
class WorkflowApi {

	private final Rounds rounds;

	private final Inbox inbox;

	private final TaskCompletion completion;

	private final Directory directory;

	private final Corrections corrections;

	WorkflowApi(Rounds rounds, Inbox inbox, TaskCompletion completion, Directory directory, Corrections corrections) {
		this.rounds = rounds;
		this.inbox = inbox;
		this.completion = completion;
		this.directory = directory;
		this.corrections = corrections;
	}

	/** A started correction run. */
	record CorrectionStarted(Long disclosureId, String processInstanceId) {
	}

	@PostMapping("/api/disclosures/{id}/correction")
	@Operation(summary = "Start a correction run of a published disclosure (drafted, reviewed, published again)")
	@ApiResponse(responseCode = "201", description = "Started")
	@ApiResponse(responseCode = "409", description = "The disclosure is not published")
	ResponseEntity<CorrectionStarted> correct(@PathVariable long id) {
		String instance = corrections.start(directory.currentActor(), id);
		return ResponseEntity.status(201).body(new CorrectionStarted(id, instance));
	}

	/** A task in the API's shape (api.md). */
	record TaskItem(String id, String taskKey, String name, Long disclosureId, String departmentCode, Instant due,
			String assignee, boolean overdue) {

		static TaskItem of(TaskView t) {
			return new TaskItem(t.id(), t.taskKey(), t.name(), t.disclosureId(), t.departmentCode(), t.due(),
					t.assignee(), t.overdue());
		}

	}

	/** A decision on a task. */
	record Completion(Decision decision, String comment) {
	}

	/** A round accepted for opening in the background, and where to follow it. */
	record OpeningAccepted(Long id, int departments, String progress) {
	}

	@PostMapping("/api/rounds")
	@Operation(summary = "Open a round: one disclosure and one running disclosure-review process per department",
			description = "Up to app.rounds.synchronous-up-to departments (20) the round is opened within the request "
					+ "(201 with every disclosure); larger rounds answer 202 at once and open in the background: "
					+ "follow GET /api/rounds/{id}/opening")
	@ApiResponse(responseCode = "201", description = "Opened")
	@ApiResponse(responseCode = "202", description = "Accepted; opening in the background")
	@ApiResponse(responseCode = "403", description = "Not a supervisor")
	@ApiResponse(responseCode = "422", description = "Unknown department, or a department already on its route")
	ResponseEntity<?> open(@Valid @RequestBody NewRound request) {
		RoundOpened opened = rounds.open(directory.currentActor(), request);
		if (opened.inBackground()) {
			String progress = "/api/rounds/" + opened.id() + "/opening";
			return ResponseEntity.accepted()
				.location(URI.create(progress))
				.body(new OpeningAccepted(opened.id(), request.departmentCodes().size(), progress));
		}
		return ResponseEntity.created(URI.create("/api/rounds/" + opened.id())).body(opened);
	}

	@GetMapping("/api/tasks")
	@Operation(summary = "The caller's open tasks and their groups' tasks, soonest due first, one page at a time "
			+ "(page from 0, size up to 1000, 500 unless given); a Link header names the next page")
	ResponseEntity<List<TaskItem>> tasks(@RequestParam(required = false) Integer year,
			@RequestParam(required = false) String department, @RequestParam(required = false) String taskKey,
			@RequestParam(required = false) Boolean overdue, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "" + InboxPage.API_SIZE) int size,
			@Parameter(description = "Only the tasks of this disclosure (one indexed query; the same scope "
					+ "rules)") @RequestParam(required = false) Long disclosure) {
		InboxPage found = inbox.barePageOf(directory.currentActor(),
				new InboxFilter(year, department, taskKey, overdue, disclosure), page, size);
		ResponseEntity.BodyBuilder answer = ResponseEntity.ok();
		if (found.hasNext()) {
			answer.header(HttpHeaders.LINK,
					"<" + ServletUriComponentsBuilder.fromCurrentRequest()
						.replaceQueryParam("page", page + 1)
						.replaceQueryParam("size", found.size())
						.build()
						.toUriString() + ">; rel=\"next\"");
		}
		return answer.body(found.tasks().stream().map(TaskItem::of).toList());
	}

	@PostMapping("/api/tasks/{id}/claim")
	@Operation(summary = "Claim a task")
	ResponseEntity<Void> claim(@PathVariable String id) {
		inbox.claim(directory.currentActor(), id);
		return ResponseEntity.noContent().build();
	}

	@PostMapping("/api/tasks/{id}/unclaim")
	@Operation(summary = "Hand a claimed task back to the group")
	ResponseEntity<Void> unclaim(@PathVariable String id) {
		inbox.unclaim(directory.currentActor(), id);
		return ResponseEntity.noContent().build();
	}

	@PostMapping("/api/tasks/{id}/complete")
	@Operation(summary = "Complete a task with a decision: SUBMIT, APPROVE or RETURN (a return needs a reason)",
			description = "A task nobody has claimed yet that the caller may claim is claimed and completed in one "
					+ "transaction: no separate POST /claim is needed")
	@ApiResponse(responseCode = "204", description = "Completed")
	@ApiResponse(responseCode = "403", description = "Not the caller's task")
	@ApiResponse(responseCode = "409", description = "Blocked, e.g. by blocking check findings")
	@ApiResponse(responseCode = "422", description = "A decision the task does not take, or a return without a reason")
	ResponseEntity<Void> complete(@PathVariable String id, @RequestBody Completion request) {
		completion.complete(directory.currentActor(), id, request.decision(), request.comment());
		return ResponseEntity.noContent().build();
	}

}
