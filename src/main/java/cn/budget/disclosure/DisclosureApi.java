package cn.budget.disclosure;

import java.net.URI;
import java.util.List;

import jakarta.validation.Valid;

import cn.budget.content.DisclosureContent;
import cn.budget.identity.Directory;
import cn.budget.shared.ApiController;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;

@ApiController
@Tag(name = "disclosures", description = "Disclosures within the caller's scope")
class DisclosureApi {

	private final DisclosureQueries queries;

	private final DisclosureDrafting drafting;

	private final Directory directory;

	DisclosureApi(DisclosureQueries queries, DisclosureDrafting drafting, Directory directory) {
		this.queries = queries;
		this.drafting = drafting;
		this.directory = directory;
	}

	@GetMapping("/api/disclosures")
	@Operation(summary = "The disclosures the caller may see")
	List<DisclosureSummary> list(@RequestParam(required = false) Integer year,
			@RequestParam(required = false) String department) {
		return queries.list(directory.currentActor(), year, department);
	}

	@PostMapping("/api/disclosures")
	@Operation(summary = "Create an empty disclosure for a department and year")
	@ApiResponse(responseCode = "201", description = "Created")
	@ApiResponse(responseCode = "403", description = "Not a supervisor or a drafter of the department's main unit")
	@ApiResponse(responseCode = "409", description = "The department has one for that year and template")
	@ApiResponse(responseCode = "422", description = "Unknown department, template or unit")
	ResponseEntity<DisclosureContent> create(@Valid @RequestBody NewDisclosure request) {
		DisclosureContent created = drafting.create(directory.currentActor(), request);
		return ResponseEntity.created(URI.create("/api/disclosures/" + created.id())).body(created);
	}

	@GetMapping("/api/disclosures/{id}")
	@Operation(summary = "The whole disclosure: every part with its text and tables")
	@ApiResponse(responseCode = "404", description = "No such disclosure within the caller's scope")
	DisclosureDocument get(@PathVariable long id) {
		return queries.document(directory.currentActor(), id);
	}

	@PutMapping("/api/disclosures/{id}")
	@Operation(summary = "Replace the given parts; version must be the one read")
	@ApiResponse(responseCode = "403", description = "The caller may not change this (part of the) disclosure")
	@ApiResponse(responseCode = "409", description = "Stale version, or the disclosure is not in drafting")
	@ApiResponse(responseCode = "422", description = "Invalid values, with the problems per field")
	DisclosureContent update(@PathVariable long id, @Valid @RequestBody DisclosureUpdate update) {
		return drafting.update(directory.currentActor(), id, update);
	}

}
