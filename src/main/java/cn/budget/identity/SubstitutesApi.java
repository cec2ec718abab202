package cn.budget.identity;

import java.util.List;

import cn.budget.shared.ApiController;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * Absence and substitutes: the caller's own, and any person's for administrators.
 */
@ApiController
@Tag(name = "substitutes", description = "Absence: a substitute of the same unit and role for a range of days")
class SubstitutesApi {

	private final Substitutes substitutes;

	private final Directory directory;

	SubstitutesApi(Substitutes substitutes, Directory directory) {
		this.substitutes = substitutes;
		this.directory = directory;
	}

	@GetMapping("/api/me/substitutes")
	@Operation(summary = "The caller's substitutions: those they named and those naming them as substitute")
	List<SubstitutionView> mine() {
		return substitutes.of(directory.currentActor().username());
	}

	@PostMapping("/api/me/substitutes")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Name a substitute of the same unit and role for a range of days (both included)")
	SubstitutionView name(@RequestBody NewSubstitution request) {
		Actor actor = directory.currentActor();
		return substitutes.name(actor, actor.username(), request);
	}

	@DeleteMapping("/api/me/substitutes/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Cancel one of the caller's substitutions")
	void cancel(@PathVariable long id) {
		substitutes.cancel(directory.currentActor(), id);
	}

	@GetMapping("/api/admin/users/{username}/substitutes")
	@Operation(summary = "A person's substitutions (administrators)")
	List<SubstitutionView> of(@PathVariable String username) {
		requireAdmin();
		return substitutes.of(username);
	}

	@PostMapping("/api/admin/users/{username}/substitutes")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Name a substitute for a person (administrators)")
	SubstitutionView nameFor(@PathVariable String username, @RequestBody NewSubstitution request) {
		return substitutes.name(requireAdmin(), username, request);
	}

	private Actor requireAdmin() {
		Actor actor = directory.currentActor();
		if (!actor.is(Role.ADMIN)) {
			throw new AccessDeniedException("Administrators only");
		}
		return actor;
	}

}
