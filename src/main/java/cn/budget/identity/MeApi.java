package cn.budget.identity;

import java.util.List;

import cn.budget.shared.ApiController;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;

@ApiController
@Tag(name = "identity")
class MeApi {

	private final Directory directory;

	MeApi(Directory directory) {
		this.directory = directory;
	}

	/** Who the caller is. */
	record Me(String username, String displayName, List<String> roles, String unitCode, String departmentCode) {
	}

	@GetMapping("/api/me")
	@Operation(summary = "The signed-in user: roles, unit and department")
	Me me() {
		Actor actor = directory.currentActor();
		return new Me(actor.username(), actor.displayName(), List.of(actor.role().name()), actor.unitCode(),
				actor.departmentCode());
	}

}
