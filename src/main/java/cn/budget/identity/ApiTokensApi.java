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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * Tokens for API clients ({@code Authorization: Bearer bdt_…}): the caller's own, and —
 * for administrators — anyone's, including service accounts' (README, "API tokens").
 */
@ApiController
@Tag(name = "tokens", description = "Personal and service tokens for API clients (Authorization: Bearer)")
class ApiTokensApi {

	private final ApiTokens tokens;

	private final Directory directory;

	ApiTokensApi(ApiTokens tokens, Directory directory) {
		this.tokens = tokens;
		this.directory = directory;
	}

	@PostMapping("/api/tokens")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Create a token acting as the caller (body optional: name, days 1–365, default 30); "
			+ "the token is in this answer only")
	IssuedToken create(@RequestBody(required = false) NewToken request) {
		NewToken own = request == null ? null : new NewToken(request.name(), request.days(), null);
		return tokens.create(directory.currentActor(), own);
	}

	@GetMapping("/api/tokens")
	@Operation(summary = "The caller's tokens, newest first, without their secret")
	List<ApiTokenView> mine() {
		return tokens.of(directory.currentActor().username());
	}

	@DeleteMapping("/api/tokens/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Revoke one of the caller's tokens (administrators: anyone's); 404 for another's")
	void revoke(@PathVariable long id) {
		tokens.revoke(directory.currentActor(), id);
	}

	@GetMapping("/api/admin/tokens")
	@Operation(summary = "Everyone's tokens, or one person's (administrators)")
	List<ApiTokenView> all(@RequestParam(required = false) String username) {
		return tokens.all(directory.currentActor(), username);
	}

	@PostMapping("/api/admin/tokens")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Create a token acting as an existing, active person, e.g. a service account "
			+ "(administrators; body: username, name, days)")
	IssuedToken createFor(@RequestBody NewToken request) {
		Actor actor = directory.currentActor();
		if (!actor.is(Role.ADMIN)) {
			throw new AccessDeniedException("Administrators only");
		}
		return tokens.create(actor, request);
	}

}
