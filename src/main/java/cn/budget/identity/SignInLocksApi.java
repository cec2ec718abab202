package cn.budget.identity;

import java.util.List;

import cn.budget.shared.ApiController;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;

@ApiController
@Tag(name = "identity")
class SignInLocksApi {

	private final SignInGuard guard;

	private final Directory directory;

	SignInLocksApi(SignInGuard guard, Directory directory) {
		this.guard = guard;
		this.directory = directory;
	}

	@GetMapping("/api/admin/sign-in-locks")
	@Operation(summary = "Account names and client addresses whose sign-ins are locked or made to wait (ADMIN)")
	List<SignInLock> locks() {
		return guard.locks(directory.currentActor());
	}

	@DeleteMapping("/api/admin/sign-in-locks/{username}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(
			summary = "Lift the lock of an account name (or, with kind=ADDRESS, of a client address) at once (ADMIN)")
	void lift(@PathVariable String username, @RequestParam(defaultValue = "USER") String kind) {
		guard.lift(directory.currentActor(), kind, username);
	}

}
